package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.driver.Row;
import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DataSource over a source of connections: sessions given back clean, and 10,000 virtual threads over 16 connections. */
@ExtendWith(MySqlExtension.class)
class DataSourceIT {
  @Test
  void closingPutsBackWhatTheJdbcCodeChanged(@FreshDatabase TestServer server) throws SQLException {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=1");
    try {
      DataSource ds = pool.dataSource();
      execute(ds, "CREATE TABLE kept (id INT PRIMARY KEY) ENGINE=InnoDB");
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        c.setReadOnly(true);
        c.setReadOnly(false);
        c.setCatalog("information_schema");
        try (Statement s = c.createStatement()) {
          s.executeUpdate("INSERT INTO " + server.database() + ".kept VALUES (1)");
        }
      }
      MySqlConnection raw = pool.acquire().join();
      assertFalse(raw.inTransaction());
      boolean mariadb = server.flavour() == Flavour.MARIADB;
      String isolation = mariadb ? "@@tx_isolation" : "@@transaction_isolation";
      String readOnly = mariadb ? "@@tx_read_only" : "@@transaction_read_only";
      Row session = raw.query("SELECT @@autocommit, " + isolation + ", " + readOnly + ", DATABASE(), (SELECT COUNT(*) FROM "
          + server.database() + ".kept)").join().get(0);
      assertEquals(1, session.get(0, Integer.class));
      assertEquals("REPEATABLE-READ", session.get(1, String.class));
      assertEquals(0, session.get(2, Integer.class));
      assertEquals(server.database(), session.get(3, String.class));
      assertEquals(0, session.get(4, Integer.class), "the open transaction was rolled back");
      raw.close().join();
    } finally {
      pool.close().join();
    }
  }

  @Test
  void closingOnAnInterruptedThreadStillPutsTheSessionBack(TestServer server) throws Exception {
    assertNextBorrowerGetsAutoCommit(server, true, c -> {
      c.setAutoCommit(false);
      keepBusy(c);
      Thread.currentThread().interrupt();
      assertEquals("HY008", assertThrows(SQLException.class, c::close).getSQLState());
      assertTrue(Thread.interrupted(), "the interrupt flag stays set");
    });
  }

  @Test
  void aChangeWhoseWaitWasInterruptedIsPutBackAllTheSame(TestServer server) throws Exception {
    assertNextBorrowerGetsAutoCommit(server, true, c -> {
      keepBusy(c);
      Thread.currentThread().interrupt();
      assertEquals("HY008", assertThrows(SQLException.class, () -> c.setAutoCommit(false)).getSQLState());
      assertTrue(Thread.interrupted());
      assertTrue(c.getAutoCommit(), "the change is not known to have taken effect");
      c.close();
    });
  }

  @Test
  void aNetworkTimeoutDiscardsTheConnection(TestServer server) throws Exception {
    assertNextBorrowerGetsAutoCommit(server, false, c -> {
      c.setAutoCommit(false);
      c.setNetworkTimeout(Runnable::run, 200);
      try (Statement s = c.createStatement()) {
        assertThrows(SQLNonTransientConnectionException.class, () -> s.executeQuery("SELECT SLEEP(5)"));
      }
      assertTrue(c.isClosed());
    });
  }

  @Test
  void abortDiscardsTheConnection(TestServer server) throws Exception {
    assertNextBorrowerGetsAutoCommit(server, false, c -> {
      c.setAutoCommit(false);
      c.abort(Runnable::run);
      assertTrue(c.isClosed());
    });
  }

  /**
   * Starts a one-second statement on the connection, so that what JDBC sends next waits behind it
   * and an interrupt always finds the thread waiting.
   */
  private static void keepBusy(Connection c) throws SQLException {
    c.unwrap(MySqlConnection.class).query("SELECT SLEEP(1)");
  }

  /** JDBC code that ends a borrowed connection. */
  @FunctionalInterface
  private interface Ending {
    void end(Connection c) throws Exception;
  }

  /**
   * Runs {@code ending} on a virtual thread on a pool of one; the next borrower must get a session
   * with auto-commit on: the same one put back when {@code lentAgain}, else a new one, the first
   * closed. (Closing the connection again after {@code ending} does nothing.)
   */
  private static void assertNextBorrowerGetsAutoCommit(TestServer server, boolean lentAgain, Ending ending) throws Exception {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=1");
    try {
      DataSource ds = pool.dataSource();
      CompletableFuture<Long> ended = new CompletableFuture<>();
      Thread.ofVirtual().start(() -> {
        try (Connection c = ds.getConnection()) {
          long id = c.unwrap(MySqlConnection.class).connectionId();
          ending.end(c);
          ended.complete(id);
        } catch (Throwable e) {
          ended.completeExceptionally(e);
        }
      }).join();
      long first = ended.join();
      try (Connection c = ds.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT CONNECTION_ID(), @@autocommit")) {
        rs.next();
        assertEquals(lentAgain, first == rs.getLong(1), "lent again");
        assertEquals(1, rs.getInt(2));
      }
      assertEquals(lentAgain ? 1 : 2, pool.metrics().totalCreated(), pool.metrics()::toString);
      assertEquals(lentAgain ? 0 : 1, pool.metrics().totalClosed(), pool.metrics()::toString);
    } finally {
      pool.close().get(1, TimeUnit.MINUTES);
    }
  }

  @Test
  void connectingOpensAConnectionPerCall(TestServer server) throws SQLException {
    DataSource ds = AsyncMySqlDataSource.connecting(MySqlConnectOptions.parse(server.url()));
    long first;
    try (Connection c = ds.getConnection()) {
      first = c.unwrap(MySqlConnection.class).connectionId();
    }
    try (Connection c = ds.getConnection()) {
      assertFalse(first == c.unwrap(MySqlConnection.class).connectionId());
    }
    assertThrows(SQLFeatureNotSupportedException.class, () -> ds.getConnection("user", "password"));
  }

  @Test
  void tenThousandVirtualThreadsShareSixteenConnections(@FreshDatabase TestServer server) throws Exception {
    int accounts = 16;
    int threads = 10_000;
    // Callers wait as long as the whole run takes: the queue, not the clock, is under test.
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=16&acquireTimeout=10m&maxWaiters=" + threads);
    try {
      DataSource ds = pool.dataSource();
      execute(ds, "CREATE TABLE wallet (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB");
      for (int i = 0; i < accounts; i++) {
        execute(ds, "INSERT INTO wallet VALUES (" + i + ", 0)");
      }
      ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
      threadBean.resetPeakThreadCount();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int t = 0; t < threads; t++) {
          int account = t % accounts;
          executor.execute(() -> {
            try {
              transfer(ds, account);
            } catch (Throwable e) {
              errors.add(e);
            }
          });
        }
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.MINUTES);
      }
      System.out.println("10,000 virtual-thread JDBC transactions over 16 connections: peak live threads "
          + threadBean.getPeakThreadCount() + " (now " + threadBean.getThreadCount() + ")");
      List<Throwable> failures = new ArrayList<>(errors);
      assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " failures");
      try (Connection c = ds.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT SUM(balance), MIN(balance), MAX(balance) FROM wallet")) {
        rs.next();
        assertEquals(threads, rs.getInt(1));
        assertEquals(threads / accounts, rs.getInt(2));
        assertEquals(threads / accounts, rs.getInt(3));
      }
      assertTrue(pool.metrics().totalCreated() <= 16, pool.metrics().toString());
    } finally {
      pool.close().join();
    }
  }

  /** One transaction: read the balance under a lock, write it back plus one. */
  private static void transfer(DataSource ds, int account) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      int balance;
      try (PreparedStatement select = c.prepareStatement("SELECT balance FROM wallet WHERE id = ? FOR UPDATE")) {
        select.setInt(1, account);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          balance = rs.getInt(1);
        }
      }
      try (PreparedStatement update = c.prepareStatement("UPDATE wallet SET balance = ? WHERE id = ?")) {
        update.setInt(1, balance + 1);
        update.setInt(2, account);
        update.executeUpdate();
      }
      c.commit();
    }
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
