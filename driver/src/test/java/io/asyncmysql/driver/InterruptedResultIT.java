package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FRAME-4: an ERR packet in the middle of a result ends the result, not the connection. The server
 * interrupts a statement that has already sent rows, because another session killed it ({@code KILL
 * QUERY}) or because it ran past its time limit (MariaDB's {@code max_statement_time}, MySQL's {@code
 * MAX_EXECUTION_TIME}); the stream fails with the server's error, and the pool's one connection then
 * answers a query that waited behind the stream with that query's own value: no desync in any
 * repetition. 10 kills and 200 time limits by default; {@code -Dasyncmysql.interruptions.kills=N}
 * and {@code -Dasyncmysql.interruptions.timeLimits=N} for more ({@code -Pfaults}: 200 and 2,000).
 */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptedResultIT {
  private static final int KILLS = Integer.getInteger("asyncmysql.interruptions.kills", 10);
  private static final int TIME_LIMITS = Integer.getInteger("asyncmysql.interruptions.timeLimits", 200);
  private static final int ER_QUERY_INTERRUPTED = 1317;
  private static final int ER_STATEMENT_TIMEOUT = 1969;
  private static final int ER_QUERY_TIMEOUT = 3024;
  /**
   * A million rows of a kilobyte: far more than the socket buffers hold, so the server is still
   * sending when it is killed, and few enough rows in them that the rest after the kill is read soon.
   */
  private static final String MILLION_ROWS = "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n, REPEAT('x', 1000) AS pad"
      + " FROM digits a, digits b, digits c, digits e, digits f, digits g";
  /** Three rows at once, then rows that sleep ten seconds each: a time limit strikes after rows were sent. */
  private static final String SLOW_ROWS = "SELECT d, SLEEP(IF(d < 3, 0, 10)) FROM digits ORDER BY d";

  private static TestServer server;
  private static MySqlConnection admin;
  private static MySqlPool pool;
  private static long connectionId;
  private static final AtomicLong followUps = new AtomicLong();

  @BeforeAll
  static void createDigitsAndPool(@FreshDatabase TestServer db) {
    server = db;
    admin = MySqlConnection.connect(db.url()).join();
    admin.query("CREATE TABLE digits (d INT PRIMARY KEY)").join();
    admin.query("INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)").join();
    pool = MySqlPool.create(db.url() + "?maxSize=1");
    connectionId = pool.query("SELECT CONNECTION_ID()").join().get(0).get(0, Long.class);
  }

  @AfterAll
  static void close() {
    try {
      assertEquals(1, pool.metrics().totalCreated(), "connections the pool opened");
    } finally {
      pool.close().join();
      admin.close().join();
    }
  }

  @Test
  void aQueryKilledWhileItStreamsAMillionRowsFailsWithTheServersErrorAndTheConnectionGoesOn() {
    // MariaDB's join cache would send tens of thousands of rows more before it noticed the kill.
    String sql = server.flavour() == Flavour.MARIADB ? "SET STATEMENT join_cache_level = 0 FOR " + MILLION_ROWS : MILLION_ROWS;
    for (int i = 0; i < KILLS; i++) {
      Interrupted interrupted = interruptMidResult(sql, 1000,
          connection -> admin.query("KILL QUERY " + connection.connectionId()).join());

      assertEquals(ER_QUERY_INTERRUPTED, interrupted.error().errorCode(), interrupted.error()::getMessage);
      assertEquals("70100", interrupted.error().sqlState());
      assertTrue(interrupted.rows() >= 1000 && interrupted.rows() < 1_000_000, interrupted::toString);
    }
    System.out.printf("InterruptedResultIT (%s): %d queries killed mid-result, each followed in sync%n", server.flavour().id(), KILLS);
  }

  @Test
  void aQueryPastItsTimeLimitAfterSendingRowsFailsWithTheServersErrorAndTheConnectionGoesOn() {
    boolean mariaDb = server.flavour() == Flavour.MARIADB;
    String sql = mariaDb ? "SET STATEMENT max_statement_time = 0.05 FOR " + SLOW_ROWS
        : SLOW_ROWS.replaceFirst("SELECT", "SELECT /*+ MAX_EXECUTION_TIME(50) */");
    int afterRows = 0;
    for (int i = 0; i < TIME_LIMITS; i++) {
      Interrupted interrupted = interruptMidResult(sql, Long.MAX_VALUE, connection -> {});

      assertEquals(mariaDb ? ER_STATEMENT_TIMEOUT : ER_QUERY_TIMEOUT, interrupted.error().errorCode(), interrupted.error()::getMessage);
      assertEquals(mariaDb ? "70100" : "HY000", interrupted.error().sqlState());
      // The three quick rows, and on MySQL the row whose SLEEP the limit cut short.
      assertTrue(interrupted.rows() <= 4, interrupted::toString);
      afterRows += interrupted.rows() > 0 ? 1 : 0;
    }
    // Now and then a busy machine stalls a statement past its limit before its first row.
    assertTrue(afterRows * 2 >= TIME_LIMITS, afterRows + " of " + TIME_LIMITS + " time limits struck after rows were sent");
    System.out.printf("InterruptedResultIT (%s): %d queries past their time limit, %d of them after rows, each followed in sync%n",
        server.flavour().id(), TIME_LIMITS, afterRows);
  }

  /** How a stream ended: the rows that came before the server's error, and the error. */
  private record Interrupted(long rows, MySqlServerException error) {}

  /**
   * Borrows the pool's connection, streams {@code sql} on it with a query queued behind, requests
   * {@code demand} rows, then runs {@code interrupt} and requests the rest. Asserts that the stream
   * failed with a server error and that the queued query answered its own value on the same
   * connection.
   */
  private static Interrupted interruptMidResult(String sql, long demand, Consumer<MySqlConnection> interrupt) {
    MySqlConnection connection = pool.acquire().join();
    try {
      assertEquals(connectionId, connection.connectionId(), "the pool lends its one connection again");
      Reader reader = new Reader(demand);
      connection.stream(sql).subscribe(reader);
      long unique = followUps.incrementAndGet();
      CompletableFuture<RowSet> followUp = connection.query("SELECT " + unique);
      reader.demandMet.join();
      interrupt.accept(connection);
      reader.requestTheRest();

      Throwable failure = reader.done.handle((ignored, e) -> e).join();
      MySqlServerException error = assertInstanceOf(MySqlServerException.class, failure, () -> reader + ": " + failure);
      assertEquals(unique, followUp.join().get(0).get(0, Long.class), "the answer to the query queued behind the stream");
      return new Interrupted(reader.rows.get(), error);
    } finally {
      connection.close().join();
    }
  }

  /** Requests {@code demand} rows, and the rest when asked to; counts what comes. Unbounded demand is met at once. */
  private static final class Reader implements Flow.Subscriber<Row> {
    private final long demand;
    final AtomicLong rows = new AtomicLong();
    final CompletableFuture<Void> demandMet = new CompletableFuture<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    Reader(long demand) {
      this.demand = demand;
    }

    void requestTheRest() {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(demand);
      if (demand == Long.MAX_VALUE) {
        demandMet.complete(null);
      }
    }

    @Override
    public void onNext(Row row) {
      if (rows.incrementAndGet() == demand) {
        demandMet.complete(null);
      }
    }

    @Override
    public void onError(Throwable failure) {
      demandMet.completeExceptionally(failure);
      done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      demandMet.complete(null);
      done.complete(null);
    }

    @Override
    public String toString() {
      return "stream of " + rows.get() + " rows" + (done.isDone() ? "" : ", not done");
    }
  }
}
