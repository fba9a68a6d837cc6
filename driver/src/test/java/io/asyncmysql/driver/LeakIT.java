package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.jdbc.VirtualThreads;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cancellation leaks nothing (LEAK-1 and LEAK-2 of the reliability plan): neither cancelled
 * borrows, nor cancelled streams, nor interrupted JDBC callers leave a connection lent, a server
 * session open, a response for the wrong command, or a session changed for the next borrower.
 *
 * <p>LEAK-1 runs at full size. LEAK-2 runs at a tenth of the plan's volume (100 streams cancelled,
 * 100 threads interrupted, 1,000 queries after); {@code -Pfaults} (or {@code -Dasyncmysql.leaks=1000})
 * runs it in full. Every wait is bounded by a liveness limit far above what it takes, never timed;
 * each pool has a user of its own, so the server's process list counts its sessions alone.
 */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 30, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LeakIT {
  private static final int LEAK2_CANCELS = Integer.getInteger("asyncmysql.leaks", 100);
  private static final long SEED = Long.getLong("asyncmysql.leaks.seed", 143);
  private static final long LIVENESS_SECONDS = 120;

  /**
   * LEAK-1 (r2dbc-pool#143): 10,000 borrows of a pool of 4, half of them cancelled: at once, after
   * a random pause (while waiting or racing the pool that serves them), or a random pause after being
   * served (the cancel fails and the borrower gives the connection back); the others run a query and
   * give their connection back. Afterwards nothing is lent, nobody waits, every open connection is idle, and the server
   * never held more than 4 of the pool's sessions.
   */
  @Test
  void cancelledBorrowsLeakNoConnection(RunningServer running, @FreshDatabase TestServer db) throws Exception {
    int borrows = 10_000;
    int maxSize = 4;
    Random random = new Random(SEED);
    try (PoolUser user = PoolUser.create(running, db, "leak_1");
        ServerSessions.Sampler sessions = new ServerSessions.Sampler(running.server(), user.name(), db.database(), Duration.ofMillis(50))) {
      MySqlPool pool = MySqlPool.create(user.url(db.host(), db.port(), "maxSize=" + maxSize + "&maxWaiters=" + borrows + "&acquireTimeout=10m"));
      ScheduledExecutorService canceller = Executors.newScheduledThreadPool(2);
      List<CompletableFuture<?>> work = new ArrayList<>();
      AtomicInteger cancelled = new AtomicInteger();
      AtomicInteger servedFirst = new AtomicInteger();
      try {
        for (int i = 0; i < borrows; i++) {
          CompletableFuture<MySqlConnection> borrow = pool.acquire();
          if (!random.nextBoolean()) {
            work.add(borrow.thenCompose(connection -> connection.query("SELECT 1").thenCompose(rows -> connection.close())));
            continue;
          }
          CompletableFuture<Void> cancel = new CompletableFuture<>();
          Runnable cancelling = () -> {
            if (borrow.cancel(true)) {
              cancelled.incrementAndGet();
              cancel.complete(null);
            } else {
              servedFirst.incrementAndGet();
              borrow.join().close().whenComplete((ignored, failure) -> cancel.complete(null));
            }
          };
          int delayMicros = random.nextInt(20_000);
          switch (random.nextInt(3)) {
            case 0 -> cancelling.run();
            case 1 -> canceller.schedule(cancelling, delayMicros, TimeUnit.MICROSECONDS);
            default -> borrow.whenComplete((connection, failure) -> canceller.schedule(cancelling, delayMicros, TimeUnit.MICROSECONDS));
          }
          work.add(cancel);
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(LIVENESS_SECONDS, TimeUnit.SECONDS);
        PoolMetrics afterwards = pool.metrics();
        long sessionsNow = ServerSessions.count(running.server(), user.name());
        System.out.printf("LEAK-1 (%s): %,d borrows on a pool of %d, %,d cancelled while waiting, %,d served before their cancel; pool %s;"
                + " %d sessions of the pool now, at most %d at once%n",
            db.flavour(), borrows, maxSize, cancelled.get(), servedFirst.get(), books(afterwards), sessionsNow, sessions.most());
        assertTrue(cancelled.get() > 0 && servedFirst.get() > 0, "both kinds of cancel happened");
        PoolBooks.assertAllReturned(afterwards);
        assertEquals(afterwards.idle(), sessionsNow, "the server's sessions are the pool's idle connections");
        assertTrue(sessions.most() <= maxSize, sessions.most() + " sessions of the pool at once");
      } finally {
        canceller.shutdownNow();
        pool.close().get(LIVENESS_SECONDS, TimeUnit.SECONDS);
      }
      PoolBooks.assertClosed(pool.metrics());
      Eventually.until("the server has no session of the pool left", () -> ServerSessions.count(running.server(), user.name()) == 0);
    }
  }

  /**
   * LEAK-2: streams cancelled or abandoned at a random row, and JDBC callers interrupted while they
   * wait (for a connection, a statement, a transaction's step), on a pool of 4; then 10 queries for
   * each of them, half on the Future API, half through JDBC, each answered with its own value on a
   * session with auto-commit on. Afterwards the pool's books balance and no session is left.
   */
  @Test
  void cancelledStreamsAndInterruptedCallersLeaveNoDesyncAndNoLeak(RunningServer running, @FreshDatabase TestServer db) throws Exception {
    int maxSize = 4;
    MixedWorkload.createTables(db);
    long socketsBefore = OpenSockets.count();
    try (PoolUser user = PoolUser.create(running, db, "leak_2")) {
      MySqlPool pool = MySqlPool.create(MySqlConnectOptions.parse(user.url(db.host(), db.port(), "")),
          MySqlPoolOptions.builder().maxSize(maxSize).maxWaiters(10_000).acquireTimeout(Duration.ofMinutes(10)).initSql("USE `" + db.database() + "`").build());
      long mostSessions;
      String streams;
      String interrupts;
      try (ServerSessions.Sampler sessions = new ServerSessions.Sampler(running.server(), user.name(), db.database(), Duration.ofMillis(50))) {
        streams = cancelStreams(pool, LEAK2_CANCELS, new Random(SEED));
        interrupts = interruptCallers(pool.dataSource(), LEAK2_CANCELS, new Random(SEED + 1));
        queryEachOwnValue(pool, LEAK2_CANCELS * 10);
        PoolBooks.assertAllReturned(pool.metrics());
        mostSessions = sessions.mostInDatabase();
      } finally {
        pool.close().get(LIVENESS_SECONDS, TimeUnit.SECONDS);
      }
      PoolMetrics closed = pool.metrics();
      Eventually.until("the server has no session of the pool left", () -> ServerSessions.count(running.server(), user.name()) == 0);
      Eventually.until("the pool's sockets are closed", () -> OpenSockets.count() <= socketsBefore);
      System.out.printf("LEAK-2 (%s): %s; %s; %,d queries after, each with its own answer; at most %d sessions of the pool at once; pool after close %s%n",
          db.flavour(), streams, interrupts, LEAK2_CANCELS * 10, mostSessions, books(closed));
      assertTrue(mostSessions <= maxSize, mostSessions + " sessions of the pool at once");
      PoolBooks.assertClosed(closed);
    }
  }

  private static String books(PoolMetrics m) {
    return String.format("%d lent, %d idle, %d waiting, %d opened, %d closed, %,d loans made, %,d returned", m.active(), m.idle(), m.pending(),
        m.totalCreated(), m.totalClosed(), m.acquireTime().count(), m.usageTime().count());
  }

  /** How a stream is given up. */
  private enum Abandon { CANCEL, CLOSE_THE_LOAN, CANCEL_BEFORE_ANY_ROW }

  /**
   * Runs {@code count} streams of the whole {@code s} table, 8 at a time, text and through a cursor,
   * each given up at a random row; every loan must come back.
   */
  private static String cancelStreams(MySqlPool pool, int count, Random random) throws Exception {
    Semaphore inFlight = new Semaphore(8);
    List<CompletableFuture<Void>> returned = new ArrayList<>();
    int[] kinds = new int[Abandon.values().length];
    for (int i = 0; i < count; i++) {
      Abandon abandon = Abandon.values()[random.nextInt(Abandon.values().length)];
      kinds[abandon.ordinal()]++;
      int atRow = random.nextInt(MixedWorkload.STREAM_ROWS);
      boolean cursor = random.nextBoolean();
      inFlight.acquire();
      CompletableFuture<Void> back = pool.acquire().thenCompose(connection -> {
        Flow.Publisher<Row> rows = cursor ? connection.stream(MixedWorkload.CURSOR_STREAM, 0) : connection.stream(MixedWorkload.TEXT_STREAM);
        AbandoningSubscriber subscriber = new AbandoningSubscriber(abandon, atRow);
        rows.subscribe(subscriber);
        return subscriber.abandoned.thenCompose(ignored -> connection.close());
      });
      back.whenComplete((ignored, failure) -> inFlight.release());
      returned.add(back);
    }
    CompletableFuture.allOf(returned.toArray(CompletableFuture[]::new)).get(LIVENESS_SECONDS, TimeUnit.SECONDS);
    return String.format("%d streams given up: %d cancelled, %d with their loan closed under them, %d cancelled before any row",
        count, kinds[0], kinds[1], kinds[2]);
  }

  /** Requests rows one at a time and gives the stream up at a row (or before any): cancels, or has its loan closed. */
  private static final class AbandoningSubscriber implements Flow.Subscriber<Row> {
    final CompletableFuture<Void> abandoned = new CompletableFuture<>();
    private final Abandon abandon;
    private final int atRow;
    private Flow.Subscription subscription;
    private int rows;

    AbandoningSubscriber(Abandon abandon, int atRow) {
      this.abandon = abandon;
      this.atRow = atRow;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (abandon == Abandon.CANCEL_BEFORE_ANY_ROW) {
        s.cancel();
        abandoned.complete(null);
      } else {
        s.request(1);
      }
    }

    @Override
    public void onNext(Row row) {
      if (++rows < atRow || abandoned.isDone()) {
        subscription.request(1);
        return;
      }
      if (abandon == Abandon.CANCEL) {
        subscription.cancel();
      }
      abandoned.complete(null);
    }

    @Override
    public void onError(Throwable failure) {
      abandoned.complete(null);
    }

    @Override
    public void onComplete() {
      abandoned.complete(null);
    }
  }

  /** Where an interrupted JDBC caller waits. */
  private enum Blocked { STATEMENT, STREAM, TRANSACTION }

  /**
   * Starts {@code count} virtual threads, 8 at a time on the pool of 4 (so some wait for a
   * connection), each blocked in the JDBC adapter, and interrupts each at a random moment. A caller
   * fails with SQLSTATE HY008 and keeps its interrupt flag, or finishes first; nothing else.
   */
  private static String interruptCallers(DataSource ds, int count, Random random) throws Exception {
    ConcurrentLinkedQueue<Throwable> wrong = new ConcurrentLinkedQueue<>();
    AtomicLong interruptedInDriver = new AtomicLong();
    AtomicLong finishedFirst = new AtomicLong();
    int[] kinds = new int[Blocked.values().length];
    List<Thread> wave = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Blocked blocked = Blocked.values()[random.nextInt(Blocked.values().length)];
      kinds[blocked.ordinal()]++;
      CountDownLatch started = new CountDownLatch(1);
      wave.add(Thread.ofVirtual().name("interrupted-" + i).start(() -> {
        started.countDown();
        try {
          block(ds, blocked);
          finishedFirst.incrementAndGet();
        } catch (SQLException e) {
          if ("HY008".equals(e.getSQLState()) && Thread.currentThread().isInterrupted()) {
            interruptedInDriver.incrementAndGet();
          } else {
            wrong.add(e);
          }
        } catch (Throwable e) {
          wrong.add(e);
        }
      }));
      started.await();
      TimeUnit.MICROSECONDS.sleep(random.nextInt(30_000));
      wave.getLast().interrupt();
      if (wave.size() == 8 || i == count - 1) {
        for (Thread thread : wave) {
          assertTrue(thread.join(Duration.ofSeconds(LIVENESS_SECONDS)), thread + " still running after its interrupt");
        }
        wave.clear();
      }
    }
    wrong.stream().limit(3).forEach(Throwable::printStackTrace);
    assertEquals(List.of(), List.copyOf(wrong), "failures other than an interrupt (HY008, flag kept)");
    return String.format("%d callers interrupted (%d in a statement, %d reading a stream, %d in a transaction): %d failed with HY008, %d finished first",
        count, kinds[0], kinds[1], kinds[2], interruptedInDriver.get(), finishedFirst.get());
  }

  /**
   * JDBC code that waits: a statement of ten minutes, a streamed result set read to its end, or a
   * transaction waiting in a statement of ten minutes. An interrupt that did not stop the wait shows
   * as a thread still running at the liveness limit.
   */
  private static void block(DataSource ds, Blocked blocked) throws SQLException {
    try (Connection c = ds.getConnection()) {
      switch (blocked) {
        case STATEMENT -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT SLEEP(?)")) {
            ps.setInt(1, 600);
            ps.executeQuery().close();
          }
        }
        case STREAM -> {
          try (Statement s = c.createStatement()) {
            s.setFetchSize(16);
            try (ResultSet rs = s.executeQuery(MixedWorkload.TEXT_STREAM)) {
              while (rs.next()) {
                rs.getLong(1);
              }
            }
          }
        }
        case TRANSACTION -> {
          c.setAutoCommit(false);
          try (PreparedStatement ps = c.prepareStatement(MixedWorkload.INSERT)) {
            ps.setBytes(1, MixedWorkload.bytes(UUID.randomUUID()));
            ps.setString(2, "leak");
            ps.executeUpdate();
          }
          try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT SLEEP(600)").close();
          }
          c.commit();
        }
      }
    }
  }

  /**
   * {@code count} queries, half {@code SELECT ?, @@autocommit} on the Future API, 64 in flight, half
   * the same through JDBC on virtual threads: each must answer with its own value, auto-commit on.
   */
  private static void queryEachOwnValue(MySqlPool pool, int count) throws Exception {
    String sql = "SELECT ?, @@autocommit";
    Semaphore inFlight = new Semaphore(64);
    List<CompletableFuture<Void>> answers = new ArrayList<>();
    for (int i = 0; i < count / 2; i++) {
      long value = i;
      inFlight.acquire();
      CompletableFuture<Void> answer = pool.query(sql, value).thenAccept(rows -> assertOwnAnswer(value, rows.get(0).get(0, Long.class),
          rows.get(0).get(1, Long.class)));
      answer.whenComplete((ignored, failure) -> inFlight.release());
      answers.add(answer);
    }
    DataSource ds = pool.dataSource();
    for (int i = count / 2; i < count; i++) {
      long value = i;
      answers.add(VirtualThreads.async(() -> {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setLong(1, value);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertOwnAnswer(value, rs.getLong(1), rs.getLong(2));
          }
        }
        return null;
      }));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(LIVENESS_SECONDS, TimeUnit.SECONDS);
  }

  private static void assertOwnAnswer(long value, long answer, long autocommit) {
    assertEquals(value, answer, "a query answered with another's value: a desync");
    assertEquals(1, autocommit, "a session lent with auto-commit off");
  }
}
