package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pool's borrowing, returning and transactions against a real server. */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MySqlPoolIT {
  private TestServer server;
  private final List<MySqlPool> pools = new ArrayList<>();

  @BeforeEach
  void server(@FreshDatabase TestServer fresh) {
    server = fresh;
  }

  @AfterEach
  void closePools() {
    pools.forEach(pool -> pool.close().join());
  }

  private MySqlPool pool(String parameters) {
    MySqlPool pool = MySqlPool.create(server.url() + "?" + parameters);
    pools.add(pool);
    return pool;
  }

  private static Throwable failure(CompletableFuture<?> future) {
    return assertThrows(CompletionException.class, future::join).getCause();
  }

  @Test
  void queryBorrowsRunsAndGivesBack() {
    MySqlPool pool = pool("maxSize=2");
    assertEquals(42L, pool.query("SELECT ?", 42).join().get(0).get(0, Long.class));
    assertEquals("x", pool.query("SELECT 'x'").join().get(0).get(0, String.class));
    PoolMetrics metrics = pool.metrics();
    assertEquals(0, metrics.active());
    assertEquals(1, metrics.idle());
    assertEquals(1, metrics.totalCreated());
    assertEquals(2, metrics.acquireTime().count());
    assertEquals(2, metrics.usageTime().count());
  }

  @Test
  void tenThousandConcurrentQueriesShareSixteenConnections() {
    MySqlPool pool = pool("maxSize=16&maxWaiters=20000&acquireTimeout=5m");
    List<CompletableFuture<RowSet>> results = IntStream.range(0, 10_000).mapToObj(i -> pool.query("SELECT ?", i)).toList();
    for (int i = 0; i < results.size(); i++) {
      assertEquals(i, results.get(i).join().get(0).get(0, Long.class));
    }
    PoolMetrics metrics = pool.metrics();
    assertTrue(metrics.totalCreated() <= 16, () -> "created: " + metrics);
    assertEquals(0, metrics.active());
    assertEquals(0, metrics.pending());
    assertEquals(metrics.totalCreated(), metrics.idle());
    assertEquals(10_000, metrics.acquireTime().count());
  }

  @Test
  void waitersAreServedFirstComeFirstServed() {
    MySqlPool pool = pool("maxSize=1");
    MySqlConnection held = pool.acquire().join();
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<Void>> served = IntStream.range(0, 5)
        .mapToObj(i -> pool.acquire().thenCompose(connection -> {
          order.add(i);
          return connection.close();
        }))
        .toList();
    assertEquals(5, pool.metrics().pending());
    held.close().join();
    served.forEach(CompletableFuture::join);
    assertEquals(List.of(0, 1, 2, 3, 4), order);
  }

  @Test
  void cancelledWaitersNeverGetAConnection() {
    MySqlPool pool = pool("maxSize=1");
    MySqlConnection held = pool.acquire().join();
    CompletableFuture<MySqlConnection> first = pool.acquire();
    CompletableFuture<MySqlConnection> second = pool.acquire();
    CompletableFuture<MySqlConnection> third = pool.acquire();
    assertTrue(first.cancel(true));
    assertTrue(second.cancel(true));
    assertEquals(1, pool.metrics().pending());

    held.close().join();
    MySqlConnection served = third.join();
    assertEquals(held.connectionId(), served.connectionId());
    assertTrue(first.isCancelled() && second.isCancelled());
    assertEquals(1, pool.metrics().active());
    assertEquals(0, pool.metrics().pending());
    served.close().join();
    assertEquals(0, pool.metrics().active());
    assertEquals(1, pool.metrics().idle());
  }

  @Test
  void cancellingWhileConnectionsComeBackLosesNone() {
    MySqlPool pool = pool("maxSize=4&maxWaiters=5000");
    List<CompletableFuture<?>> work = new ArrayList<>();
    List<CompletableFuture<MySqlConnection>> cancelled = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      CompletableFuture<MySqlConnection> borrow = pool.acquire();
      if (i % 3 == 0) {
        cancelled.add(borrow);
      } else {
        work.add(borrow.thenCompose(connection -> connection.query("SELECT 1").thenCompose(rows -> connection.close())));
      }
    }
    for (CompletableFuture<MySqlConnection> borrow : cancelled) {
      if (!borrow.cancel(true)) {
        borrow.join().close().join();
      }
    }
    work.forEach(CompletableFuture::join);
    PoolMetrics metrics = pool.metrics();
    assertEquals(0, metrics.active(), metrics::toString);
    assertEquals(0, metrics.pending(), metrics::toString);
    assertEquals(metrics.totalCreated(), metrics.idle(), metrics::toString);
    assertTrue(metrics.totalCreated() <= 4, metrics::toString);
  }

  @Test
  void aWaiterTimesOutWithATypedFailure() {
    MySqlPool pool = pool("maxSize=1&minIdle=1&acquireTimeout=100ms");
    Eventually.until("the pool opened its connection", () -> pool.metrics().idle() == 1);
    MySqlConnection held = pool.acquire().join();
    PoolTimeoutException timeout = assertInstanceOf(PoolTimeoutException.class, failure(pool.acquire()));
    assertEquals("no connection available within 100ms (acquireTimeout): 1 in use, 0 other callers waiting", timeout.getMessage());
    assertTrue(timeout.isRetryable());
    held.close().join();
    PoolMetrics metrics = pool.metrics();
    assertEquals(1, metrics.acquireTimeouts());
    assertEquals(0, metrics.active());
    assertEquals(1, metrics.idle());
    assertEquals(0, metrics.pending());
  }

  @Test
  void tooManyWaitersFailAtOnce() {
    MySqlPool pool = pool("maxSize=1&maxWaiters=1");
    MySqlConnection held = pool.acquire().join();
    CompletableFuture<MySqlConnection> waiting = pool.acquire();
    CompletableFuture<MySqlConnection> refused = pool.acquire();
    assertTrue(refused.isCompletedExceptionally());
    PoolExhaustedException exhausted = assertInstanceOf(PoolExhaustedException.class, failure(refused));
    assertFalse(exhausted instanceof PoolTimeoutException);
    assertEquals("cannot acquire a connection: 1 in use and 1 callers waiting (expected: at most maxWaiters 1)", exhausted.getMessage());
    held.close().join();
    waiting.join().close().join();
    assertEquals(1, pool.metrics().idle());
  }

  @Test
  void returningTwiceOrUsingAfterReturningFailsAndLeavesThePoolIntact() {
    MySqlPool pool = pool("maxSize=1");
    MySqlConnection connection = pool.acquire().join();
    long id = connection.connectionId();
    connection.close().join();
    assertFalse(connection.isOpen());

    MySqlConnection again = pool.acquire().join();
    assertEquals(id, again.connectionId());
    IllegalStateException twice = assertInstanceOf(IllegalStateException.class, failure(connection.close()));
    assertEquals("close() on pooled connection " + id + ": already returned to the pool (expected: between acquire() and close())", twice.getMessage());
    assertInstanceOf(IllegalStateException.class, failure(connection.query("SELECT 1")));
    assertInstanceOf(IllegalStateException.class, failure(connection.query("SELECT ?", 1)));
    assertInstanceOf(IllegalStateException.class, failure(connection.begin()));
    assertEquals(1L, again.query("SELECT 1").join().get(0).get(0, Long.class));
    assertEquals(1, pool.metrics().active());
    again.close().join();

    PoolMetrics metrics = pool.metrics();
    assertEquals(0, metrics.active());
    assertEquals(1, metrics.idle());
    assertEquals(1, metrics.totalCreated());
    assertEquals(0, metrics.totalClosed());
  }

  @Test
  void withTransactionCommitsOnSuccessAndRollsBackOnFailure() {
    MySqlPool pool = pool("maxSize=2");
    pool.query("CREATE TABLE stock (id INT PRIMARY KEY, n INT) ENGINE=InnoDB").join();
    pool.query("INSERT INTO stock VALUES (7, 10)").join();

    long updated = pool.withTransaction(tx -> tx.query("UPDATE stock SET n = n - 1 WHERE id = ?", 7).thenApply(RowSet::affectedRows)).join();
    assertEquals(1, updated);
    assertEquals(9L, stock(pool));

    Throwable failed = failure(pool.withTransaction(tx -> tx.query("UPDATE stock SET n = 0 WHERE id = ?", 7)
        .thenCompose(rows -> CompletableFuture.failedFuture(new IllegalStateException("out of stock")))));
    assertEquals("out of stock", failed.getMessage());
    assertEquals(9L, stock(pool));

    Throwable thrown = failure(pool.withTransaction(tx -> {
      tx.query("UPDATE stock SET n = 0 WHERE id = ?", 7);
      throw new IllegalArgumentException("thrown");
    }));
    assertEquals("thrown", thrown.getMessage());
    assertEquals(9L, stock(pool));

    assertInstanceOf(MySqlServerException.class, failure(pool.withTransaction(tx -> tx.query("UPDATE stock SET n = 0 WHERE id = ?", 7)
        .thenCompose(rows -> tx.query("INSERT INTO stock VALUES (?, ?)", 7, 1)))));
    assertEquals(9L, stock(pool));
    assertEquals(0, pool.metrics().active());
  }

  private static long stock(MySqlPool pool) {
    return pool.query("SELECT n FROM stock WHERE id = ?", 7).join().get(0).get(0, Long.class);
  }

  @Test
  void aConnectionClosedNowIsDiscardedNotLentAgain() {
    MySqlPool pool = pool("maxSize=1");
    MySqlConnection connection = pool.acquire().join();
    long id = connection.connectionId();
    connection.closeNow().join();
    MySqlConnection next = pool.acquire().join();
    assertTrue(next.connectionId() != id, "a new connection");
    assertEquals(1, next.query("SELECT 1").join().get(0).get(0, Integer.class));
    next.close().join();
  }

  @Test
  void anOpenTransactionIsRolledBackOnReturn() {
    MySqlPool pool = pool("maxSize=1");
    pool.query("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB").join();
    MySqlConnection connection = pool.acquire().join();
    connection.begin().join();
    connection.query("INSERT INTO t VALUES (?)", 1).join();
    assertTrue(connection.inTransaction());
    connection.close().join();

    MySqlConnection again = pool.acquire().join();
    assertEquals(connection.connectionId(), again.connectionId());
    assertFalse(again.inTransaction());
    assertEquals(0L, again.query("SELECT COUNT(*) FROM t").join().get(0).get(0, Long.class));
    again.close().join();
  }

  @Test
  void resetOnReturnClearsTheSessionAndRunsInitSqlAgain() {
    MySqlPool resetting = pool("maxSize=1&resetOnReturn=true&initSql=SET%20%40init%20%3D%2042");
    MySqlPool keeping = pool("maxSize=1&initSql=SET%20%40init%20%3D%2042");
    for (MySqlPool pool : List.of(resetting, keeping)) {
      MySqlConnection connection = pool.acquire().join();
      assertEquals(42L, connection.query("SELECT @init").join().get(0).get(0, Long.class));
      connection.query("SET @x = 5").join();
      connection.close().join();
    }
    MySqlConnection reset = resetting.acquire().join();
    assertNull(reset.query("SELECT @x").join().get(0).get(0));
    assertEquals(42L, reset.query("SELECT @init").join().get(0).get(0, Long.class));
    reset.close().join();
    MySqlConnection kept = keeping.acquire().join();
    assertEquals(5L, kept.query("SELECT @x").join().get(0).get(0, Long.class));
    kept.close().join();
  }

  @Test
  void aConnectionKilledWhileBorrowedIsReplaced(RunningServer running) {
    MySqlPool pool = pool("maxSize=1");
    MySqlConnection connection = pool.acquire().join();
    long id = connection.connectionId();
    running.execute("KILL " + id);
    assertInstanceOf(MySqlException.class, failure(connection.query("SELECT SLEEP(5)")));
    connection.close().join();
    assertEquals(1, pool.metrics().totalClosed());
    assertEquals(0, pool.metrics().idle());

    MySqlConnection replacement = pool.acquire().join();
    assertNotEquals(id, replacement.connectionId());
    assertEquals(1L, replacement.query("SELECT 1").join().get(0).get(0, Long.class));
    replacement.close().join();
  }

  @Test
  void anIdleConnectionThatDiedIsValidatedAndReplaced(RunningServer running) {
    MySqlPool pool = pool("maxSize=1&validationInterval=0");
    MySqlConnection connection = pool.acquire().join();
    long id = connection.connectionId();
    connection.close().join();
    running.execute("KILL " + id);

    MySqlConnection replacement = pool.acquire().join();
    assertNotEquals(id, replacement.connectionId());
    assertEquals(1L, replacement.query("SELECT 1").join().get(0).get(0, Long.class));
    replacement.close().join();
    assertEquals(2, pool.metrics().totalCreated());
    assertEquals(1, pool.metrics().totalClosed());
  }

  @Test
  void aFailedConnectFailsItsWaiterWithTheCause() {
    MySqlPool pool = MySqlPool.create("mysql://nobody:wrong@" + server.host() + ":" + server.port() + "/?maxSize=2");
    pools.add(pool);
    assertInstanceOf(MySqlAuthenticationException.class, failure(pool.acquire()));
    assertInstanceOf(MySqlAuthenticationException.class, failure(pool.query("SELECT 1")));
    PoolMetrics metrics = pool.metrics();
    assertEquals(0, metrics.total());
    assertEquals(0, metrics.pending());
    assertEquals(0, metrics.totalCreated());
  }

  @Test
  void closeFailsWaitersAtOnce() {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=1");
    MySqlConnection held = pool.acquire().join();
    CompletableFuture<MySqlConnection> waiting = pool.acquire();
    CompletableFuture<Void> closed = pool.close();
    assertEquals("cannot acquire a connection: the pool was closed while waiting",
        assertInstanceOf(PoolClosedException.class, failure(waiting)).getMessage());
    assertFalse(closed.isDone());
    held.close().join();
    closed.join();
  }

  @Test
  void closeClosesIdleConnectionsAtOnceAndBorrowedOnesAsTheyReturn() {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=3");
    MySqlConnection first = pool.acquire().join();
    MySqlConnection second = pool.acquire().join();
    MySqlConnection third = pool.acquire().join();
    List<Long> ids = List.of(first.connectionId(), second.connectionId(), third.connectionId());
    third.close().join();
    assertEquals(1, pool.metrics().idle());

    CompletableFuture<Void> closed = pool.close();
    assertEquals(0, pool.metrics().idle());
    CompletableFuture<MySqlConnection> late = pool.acquire();
    assertTrue(late.isCompletedExceptionally());
    PoolClosedException refused = assertInstanceOf(PoolClosedException.class, failure(late));
    assertFalse(refused.isRetryable());
    assertInstanceOf(PoolClosedException.class, failure(pool.query("SELECT 1")));

    first.close().join();
    assertFalse(closed.isDone());
    assertEquals(1L, second.query("SELECT 1").join().get(0).get(0, Long.class));
    second.close().join();
    closed.join();
    assertTrue(pool.close().isDone());
    assertEquals(3, pool.metrics().totalClosed());
    Eventually.until("the server has no connection of the pool", () -> serverConnections(ids) == 0);
  }

  private long serverConnections(List<Long> ids) {
    MySqlConnection admin = MySqlConnection.connect(server.url()).join();
    try {
      String in = String.join(",", ids.stream().map(String::valueOf).toList());
      return admin.query("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID IN (" + in + ")").join().get(0).get(0, Long.class);
    } finally {
      admin.close().join();
    }
  }
}
