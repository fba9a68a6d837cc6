package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Streams through a pooled connection: they hold the loan open, and closing the loan ends them. */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PooledStreamIT {
  private static final String HUNDRED_THOUSAND = "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n"
      + " FROM digits a, digits b, digits c, digits e, digits f";

  private MySqlPool pool;

  @BeforeEach
  void pool(@FreshDatabase TestServer server) {
    pool = MySqlPool.create(server.url() + "?maxSize=1&minIdle=0");
    pool.query("CREATE TABLE IF NOT EXISTS digits (d INT PRIMARY KEY)").join();
    pool.query("INSERT IGNORE INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)").join();
  }

  @AfterEach
  void close() {
    pool.close().join();
  }

  @Test
  void aStreamHalfReadWhenTheLoanClosesIsAbortedAndTheNextBorrowerIsServed() throws InterruptedException {
    for (Object[] parameters : new Object[][] {{}, {0}}) {
      String sql = parameters.length == 0 ? HUNDRED_THOUSAND : HUNDRED_THOUSAND + " WHERE a.d >= ?";
      MySqlConnection loan = pool.acquire().join();
      long id = loan.connectionId();
      Reader reader = new Reader(10);
      loan.stream(sql, parameters).subscribe(reader);
      assertTrue(reader.received.await(60, TimeUnit.SECONDS), "the first rows arrived");

      loan.close().orTimeout(60, TimeUnit.SECONDS).join();
      Throwable aborted = reader.done.handle((ignored, e) -> e).orTimeout(60, TimeUnit.SECONDS).join();
      assertTrue(assertInstanceOf(IllegalStateException.class, aborted).getMessage().contains("already returned"), aborted.getMessage());

      MySqlConnection next = pool.acquire().orTimeout(60, TimeUnit.SECONDS).join();
      assertEquals(id, next.connectionId(), "the same connection, lent again");
      assertEquals(1L, next.query("SELECT 1").orTimeout(60, TimeUnit.SECONDS).join().get(0).get(0, Long.class));
      next.close().join();
      assertEquals(10, reader.rows.get(), "the rows requested, no more");
    }
    assertEquals(1, pool.metrics().totalCreated());
  }

  @Test
  void aStreamThatLostTheConnectionGetsItReplaced(RunningServer running) {
    MySqlConnection loan = pool.acquire().join();
    long id = loan.connectionId();
    Reader reader = new Reader(Long.MAX_VALUE);
    loan.stream("SELECT SLEEP(30)").subscribe(reader);
    running.execute("KILL " + id);
    Throwable failure = reader.done.handle((ignored, e) -> e).orTimeout(60, TimeUnit.SECONDS).join();
    assertInstanceOf(ConnectionClosedException.class, failure);
    loan.close().orTimeout(60, TimeUnit.SECONDS).join();

    MySqlConnection replacement = pool.acquire().orTimeout(60, TimeUnit.SECONDS).join();
    assertNotEquals(id, replacement.connectionId());
    replacement.close().join();
  }

  @Test
  void aStreamSubscribedAfterTheLoanClosedFails() {
    MySqlConnection loan = pool.acquire().join();
    Flow.Publisher<Row> rows = loan.stream("SELECT 1");
    loan.close().join();
    Reader reader = new Reader(Long.MAX_VALUE);
    rows.subscribe(reader);
    Throwable failure = reader.done.handle((ignored, e) -> e).orTimeout(60, TimeUnit.SECONDS).join();
    assertTrue(assertInstanceOf(IllegalStateException.class, failure).getMessage().contains("already returned"), failure.getMessage());
    assertEquals(1L, pool.query("SELECT 1").join().get(0).get(0, Long.class));
  }

  @Test
  void aSecondSubscriberIsRefusedAndTheLoanStillGoesBack() {
    MySqlConnection loan = pool.acquire().join();
    Flow.Publisher<Row> rows = loan.stream("SELECT 1");
    Reader first = new Reader(Long.MAX_VALUE);
    Reader second = new Reader(Long.MAX_VALUE);
    rows.subscribe(first);
    rows.subscribe(second);
    Throwable refused = second.done.handle((ignored, e) -> e).orTimeout(60, TimeUnit.SECONDS).join();
    assertInstanceOf(IllegalStateException.class, refused);
    first.done.orTimeout(60, TimeUnit.SECONDS).join();
    loan.close().orTimeout(60, TimeUnit.SECONDS).join();
    assertEquals(1L, pool.query("SELECT 1").orTimeout(60, TimeUnit.SECONDS).join().get(0).get(0, Long.class));
  }

  /** Requests {@code demand} rows and counts what comes. */
  private static final class Reader implements Flow.Subscriber<Row> {
    private final long demand;
    final AtomicInteger rows = new AtomicInteger();
    final CountDownLatch received;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Reader(long demand) {
      this.demand = demand;
      this.received = new CountDownLatch((int) Math.min(demand, 1000));
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(demand);
    }

    @Override
    public void onNext(Row row) {
      rows.incrementAndGet();
      received.countDown();
    }

    @Override
    public void onError(Throwable failure) {
      done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }
  }
}
