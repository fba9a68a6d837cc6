package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Query timeouts, {@code Statement.cancel()} and interrupts stop the statement on the server: the next
 * query on the same connection (same connection id) answers at once, where a statement left running
 * would hold it for ten minutes.
 */
@ExtendWith(MySqlExtension.class)
class CancellationIT {
  private static final String SLEEP = "SELECT SLEEP(600)";

  private Connection connection;
  private Connection observer;
  private long connectionId;

  @BeforeEach
  void connect(TestServer server) throws SQLException {
    connection = DriverManager.getConnection(JdbcUrls.of(server, ""));
    observer = DriverManager.getConnection(JdbcUrls.of(server, ""));
    connectionId = connectionId();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    observer.close();
  }

  @Test
  void aQueryTimeoutKillsTheStatement() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setQueryTimeout(1);
      assertEquals(1, s.getQueryTimeout());
      SQLTimeoutException e = assertThrows(SQLTimeoutException.class, () -> s.executeQuery(SLEEP));
      assertEquals("HYT00", e.getSQLState());
      assertTrue(e.getMessage().startsWith("query timeout: 1 s elapsed"), e.getMessage());
    }
    assertStillUsable();
  }

  @Test
  void aQueryTimeoutKillsAPreparedStatement() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT SLEEP(?)")) {
      ps.setQueryTimeout(1);
      ps.setInt(1, 600);
      assertThrows(SQLTimeoutException.class, ps::executeQuery);
      ps.setQueryTimeout(0);
      ps.setInt(1, 0);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(0, rs.getInt(1));
      }
    }
    assertStillUsable();
  }

  @Test
  void cancelFromAnotherThreadKillsTheStatement() throws Exception {
    try (Statement s = connection.createStatement()) {
      CompletableFuture<Void> sleeping = VirtualThreads.async(() -> {
        s.executeQuery(SLEEP);
        return null;
      });
      awaitRunningOnServer();
      s.cancel();
      SQLException e = assertThrows(SQLException.class, () -> VirtualThreads.await(sleeping));
      assertEquals("HY008", e.getSQLState());
    }
    assertStillUsable();
  }

  @Test
  void cancelWithNothingRunningDoesNothing() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.cancel();
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        assertTrue(rs.next());
      }
    }
  }

  @Test
  void anInterruptKillsTheStatementAndKeepsTheFlag() throws Exception {
    CompletableFuture<Boolean> interruptedFlag = new CompletableFuture<>();
    CompletableFuture<SQLException> failure = new CompletableFuture<>();
    Thread caller = Thread.ofVirtual().start(() -> {
      try (Statement s = connection.createStatement()) {
        s.executeQuery(SLEEP);
        failure.complete(null);
      } catch (SQLException e) {
        failure.complete(e);
      } finally {
        interruptedFlag.complete(Thread.interrupted());
      }
    });
    awaitRunningOnServer();
    caller.interrupt();
    caller.join();
    assertTrue(interruptedFlag.join());
    SQLException e = assertInstanceOf(SQLException.class, failure.join());
    assertEquals("HY008", e.getSQLState());
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertStillUsable();
  }

  /** Waits (bounded) until the server runs the sleep on our connection, so that the cancel hits it there. */
  private void awaitRunningOnServer() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (PreparedStatement ps = observer.prepareStatement(
        "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND INFO = '" + SLEEP + "'")) {
      ps.setLong(1, connectionId);
      while (true) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getInt(1) == 1) {
            return;
          }
        }
        assertTrue(System.nanoTime() < deadline, "the statement never showed in the process list");
        Thread.sleep(20);
      }
    }
  }

  private void assertStillUsable() throws SQLException {
    assertEquals(connectionId, connectionId());
    try (PreparedStatement ps = observer.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND INFO LIKE 'SELECT SLEEP%'")) {
      ps.setLong(1, connectionId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getInt(1));
      }
    }
  }

  private long connectionId() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
