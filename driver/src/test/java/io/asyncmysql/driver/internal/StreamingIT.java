package io.asyncmysql.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlServerException;
import io.asyncmysql.driver.Row;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code MySqlConnection.stream}: back-pressure, bounded buffering, cancellation and errors. */
@ExtendWith(MySqlExtension.class)
class StreamingIT {
  private static final String MILLION = "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n"
      + " FROM digits a, digits b, digits c, digits e, digits f, digits g";
  /** Rows decoded from one socket read of at most 64 KiB come on top of the high-water mark. */
  private static final int BUFFER_BOUND = RowPublisher.HIGH_WATER + 65_536 / 8;

  private MySqlConnection conn;

  @BeforeEach
  void connect(@FreshDatabase TestServer server) {
    conn = MySqlConnection.connect(server.url()).join();
    conn.query("CREATE TABLE IF NOT EXISTS digits (d INT PRIMARY KEY)").join();
    conn.query("INSERT IGNORE INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)").join();
  }

  @AfterEach
  void close() {
    conn.close().join();
  }

  @Test
  void aMillionRowsStreamWithBoundedBuffering() {
    Flow.Publisher<Row> rows = conn.stream(MILLION);
    CountingSubscriber subscriber = new CountingSubscriber(100, Long.MAX_VALUE);
    rows.subscribe(subscriber);

    subscriber.done.orTimeout(10, TimeUnit.MINUTES).join();

    assertEquals(1_000_000, subscriber.count);
    assertEquals(499_999_500_000L, subscriber.sum);
    int buffered = ((RowPublisher) rows).maxBuffered();
    assertTrue(buffered <= BUFFER_BOUND, "decoded but unconsumed rows peaked at " + buffered);
  }

  @Test
  void preparedStatementsStreamToo() {
    CountingSubscriber subscriber = new CountingSubscriber(7, Long.MAX_VALUE);
    conn.stream("SELECT d FROM digits WHERE d >= ? ORDER BY d", 4).subscribe(subscriber);
    subscriber.done.orTimeout(1, TimeUnit.MINUTES).join();
    assertEquals(6, subscriber.count);
    assertEquals(4 + 5 + 6 + 7 + 8 + 9, subscriber.sum);
  }

  @Test
  void aPreparedStreamFetchesThroughACursorAndLeavesTheConnectionFreeBetweenFetches() {
    PausingSubscriber paused = new PausingSubscriber(300);
    conn.stream(MILLION + " WHERE g.d < ?", 1).subscribe(paused);
    paused.paused.orTimeout(1, TimeUnit.MINUTES).join();

    assertEquals(7, conn.query("SELECT 7").orTimeout(1, TimeUnit.MINUTES).join().get(0).get(0, Integer.class),
        "nothing is in flight while the subscriber waits");

    paused.subscription.request(Long.MAX_VALUE);
    paused.done.orTimeout(10, TimeUnit.MINUTES).join();
    assertEquals(100_000, paused.count);
  }

  @Test
  void cancellingACursorClosesItAndKeepsTheConnection() {
    CountingSubscriber subscriber = new CountingSubscriber(50, 500);
    conn.stream(MILLION + " WHERE a.d >= ?", 0).subscribe(subscriber);
    subscriber.cancelled.orTimeout(1, TimeUnit.MINUTES).join();
    assertEquals(500, subscriber.count);
    assertEquals(1, conn.query("SELECT ?", 1).orTimeout(1, TimeUnit.MINUTES).join().get(0).get(0, Integer.class));
  }

  @Test
  void cancellingStopsTheStatementAndKeepsTheConnection() {
    CountingSubscriber subscriber = new CountingSubscriber(50, 1_000);
    conn.stream(MILLION).subscribe(subscriber);
    subscriber.cancelled.orTimeout(1, TimeUnit.MINUTES).join();
    assertEquals(1_000, subscriber.count);
    assertEquals(1, conn.query("SELECT 1").orTimeout(1, TimeUnit.MINUTES).join().get(0).get(0, Integer.class));
  }

  @Test
  void aServerErrorEndsTheStreamWithIt() {
    CountingSubscriber subscriber = new CountingSubscriber(10, Long.MAX_VALUE);
    conn.stream("SELECT * FROM no_such_table").subscribe(subscriber);
    Throwable failure = subscriber.done.handle((v, t) -> t).orTimeout(1, TimeUnit.MINUTES).join();
    assertEquals(1146, assertInstanceOf(MySqlServerException.class, failure).errorCode());
    assertEquals(1, conn.query("SELECT 1").join().get(0).get(0, Integer.class));
  }

  /** Takes {@code first} rows, then waits until told to go on. */
  private static final class PausingSubscriber implements Flow.Subscriber<Row> {
    final CompletableFuture<Void> paused = new CompletableFuture<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private final int first;
    Flow.Subscription subscription;
    long count;

    PausingSubscriber(int first) {
      this.first = first;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(first);
    }

    @Override
    public void onNext(Row row) {
      if (++count == first) {
        paused.complete(null);
      }
    }

    @Override
    public void onError(Throwable t) {
      paused.completeExceptionally(t);
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }
  }

  /** Requests rows in batches, sums column 0, and cancels after {@code limit} rows. */
  private static final class CountingSubscriber implements Flow.Subscriber<Row> {
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final CompletableFuture<Void> cancelled = new CompletableFuture<>();
    private final int batch;
    private final long limit;
    private Flow.Subscription subscription;
    private int outstanding;
    long count;
    long sum;

    CountingSubscriber(int batch, long limit) {
      this.batch = batch;
      this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      outstanding = batch;
      s.request(batch);
    }

    @Override
    public void onNext(Row row) {
      count++;
      sum += row.get(0, Long.class);
      if (count == limit) {
        subscription.cancel();
        cancelled.complete(null);
        return;
      }
      if (--outstanding == 0) {
        outstanding = batch;
        subscription.request(batch);
      }
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }
  }
}
