package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MixedWorkload.Bounds;
import io.asyncmysql.driver.MixedWorkload.Mix;
import io.asyncmysql.driver.MixedWorkload.Operations;
import io.asyncmysql.driver.WriteLedger.Verdict;
import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.FaultProxyConnection;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * FAULT-1's procedure and pass criteria, for {@link FaultInjectionIT} (the Future API) and {@code
 * LoadUnderFaultsIT} (JDBC on virtual threads): a pool of 16 ({@code acquireTimeout} 30 s, {@code
 * queryTimeout} 10 s) through a {@link FaultProxy}, callers running a {@link MixedWorkload}, {@link
 * RandomFaults}; then every toxic healed, recovery, and 10 s of clean traffic.
 *
 * <p>Pass: the {@link WriteLedger}'s verdict clean, every wait within its {@link Bounds} ({@code
 * queryTimeout} + 5 s for a statement), only the driver's exceptions, at least 99.9 % success in the
 * clean phase; the server, sampled every 100 ms, never holding more of the pool's sessions than the
 * pool's size, and none once it is closed; the test JVM's sockets back to what they were; the pool's
 * books balanced. The time each caller took to its first success after the faults is printed.
 *
 * <p>The pool's connections select their database with {@code initSql} on a URL without one: the
 * driver's {@code KILL QUERY} side connections log in as the same user, outside the pool's size, and
 * linger when the proxy hits them too, so the database tells the two apart.
 */
final class FaultRun {
  static final long SEED = Long.getLong("asyncmysql.faults.seed", 8);
  private static final int POOL_SIZE = 16;
  /** Far above what a statement of the mix takes on a loaded two-core machine (milliseconds), so a timeout means a fault. */
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(30);
  private static final int CLEAN_SECONDS = 10;

  private final String name;
  private final String user;
  private final int callers;
  private final Mix mix;
  private final Function<MySqlPool, Operations> api;

  /**
   * @param name the run's name in its summary line
   * @param user the pool's user, created for the run and dropped after it
   * @param callers how many callers run operations at once
   * @param mix the shares of the kinds of operation
   * @param api the operations on a pool
   */
  FaultRun(String name, String user, int callers, Mix mix, Function<MySqlPool, Operations> api) {
    this.name = name;
    this.user = user;
    this.callers = callers;
    this.mix = mix;
    this.api = api;
  }

  /** Runs {@code faults} faults, one after each pause between {@code shortestPause} and {@code longestPause}, and checks the criteria. */
  void run(RunningServer running, TestServer db, int faults, Duration shortestPause, Duration longestPause) throws Exception {
    try (PoolUser account = PoolUser.create(running, db, user)) {
      MixedWorkload.createTables(db);
      long socketsBefore = OpenSockets.count();
      WriteLedger ledger = new WriteLedger();
      MySqlPoolOptions poolOptions = MySqlPoolOptions.builder().maxSize(POOL_SIZE).acquireTimeout(ACQUIRE_TIMEOUT).maxWaiters(callers)
          .initSql("USE `" + db.database() + "`").build();
      RandomFaults applied;
      MixedWorkload workload;
      long mostSessions;
      long mostPoolSessions;
      PoolMetrics closed;
      try (FaultProxy proxy = FaultProxy.start(db.host(), db.port(), SEED)) {
        MySqlConnectOptions connectOptions = MySqlConnectOptions.parse(account.url(proxy.host(), proxy.port(), "connectTimeout=5s")).toBuilder()
            .queryTimeout(QUERY_TIMEOUT).build();
        Bounds bounds = Bounds.of(connectOptions, poolOptions);
        MySqlPool pool = MySqlPool.create(connectOptions, poolOptions);
        applied = new RandomFaults(proxy, SEED, faults, shortestPause, longestPause);
        workload = new MixedWorkload(api.apply(pool), mix, ledger, SEED, bounds);
        try (ServerSessions.Sampler sessions = new ServerSessions.Sampler(running.server(), user, db.database(), Duration.ofMillis(100))) {
          workload.start(callers);
          applied.run();
          proxy.connections().forEach(FaultProxyConnection::heal);
          workload.recoverAndStop(CLEAN_SECONDS);
          mostSessions = sessions.most();
          mostPoolSessions = sessions.mostInDatabase();
        }
        pool.close().get(bounds.operation().toNanos(), TimeUnit.NANOSECONDS);
        closed = pool.metrics();
      }
      Eventually.until("the server has no session of the pool left", () -> ServerSessions.count(running.server(), user) == 0);
      Eventually.until("the pool's and the proxy's sockets are closed", () -> OpenSockets.count() <= socketsBefore);

      Verdict verdict = ledger.check(MixedWorkload.presentIds(db));
      System.out.printf("%s (%s, seed %d): %d callers, %d faults %s; %s; at most %d sessions of the pool's user, %d of them the pool's;"
              + " pool after close %s; open sockets %d before, %d after%n", name, db.flavour(), SEED, callers, applied.total(), applied.applied(),
          workload.report(verdict), mostSessions, mostPoolSessions, closed, socketsBefore, OpenSockets.count());
      assertEquals(faults, applied.total());
      workload.assertKeptItsPromises(verdict);
      assertTrue(mostPoolSessions <= POOL_SIZE, mostPoolSessions + " sessions of the pool at once (maxSize " + POOL_SIZE + ")");
      PoolBooks.assertClosed(closed);
    }
  }
}
