package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * KILL-1 and RESTART-1: the {@link MixedWorkload} on a pool of 16 while the server kills pooled
 * sessions ({@code KILL CONNECTION}) or restarts, on a server of this class's own. The write ledger
 * holds across both; after a restart the pool serves again within 5 s of the port reopening. 50 kills
 * and 2 restarts by default; {@code -Dasyncmysql.kills=N} and {@code -Dasyncmysql.restarts=N} for
 * more ({@code -Pfaults}: 1,000 and 10).
 */
@Timeout(value = 2, unit = TimeUnit.HOURS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServerFaultsIT {
  private static final String USER = "server_faults";
  private static final String PASSWORD = "server-faults-secret";
  private static final int KILLS = Integer.getInteger("asyncmysql.kills", 50);
  private static final int RESTARTS = Integer.getInteger("asyncmysql.restarts", 2);
  private static final long SEED = Long.getLong("asyncmysql.faults.seed", 8);
  private static final MySqlPoolOptions POOL_OPTIONS = MySqlPoolOptions.builder().maxSize(16).acquireTimeout(Duration.ofSeconds(30)).build();
  private static final long RECOVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static RunningServer running;

  @BeforeAll
  static void startServer() {
    running = TestServers.start();
    running.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'", "GRANT ALL ON *.* TO '" + USER + "'@'%'");
  }

  @AfterAll
  static void stopServer() {
    running.close();
  }

  @Test
  void killedSessionsLoseNoAcknowledgedWrite() throws Exception {
    Load load = new Load();
    Random random = new Random(SEED);
    MySqlConnection admin = MySqlConnection.connect(running.server().url()).join();
    int killed = 0;
    try {
      while (killed < KILLS) {
        TimeUnit.MILLISECONDS.sleep(50 + random.nextInt(250));
        List<Long> sessions = ServerSessions.ids(admin, running.server().flavour(), USER);
        if (!sessions.isEmpty()) {
          killed += kill(admin, sessions.get(random.nextInt(sessions.size()))) ? 1 : 0;
        }
      }
    } finally {
      admin.close().join();
    }
    load.finish(killed + " sessions killed");
  }

  @Test
  void restartsUnderLoadAndServesAgainWithinFiveSecondsOfThePortReopening() throws Exception {
    Load load = new Load();
    long slowest = 0;
    for (int i = 0; i < RESTARTS; i++) {
      TimeUnit.SECONDS.sleep(3);
      running.stop();
      TimeUnit.SECONDS.sleep(2);
      running.start();
      long reopened = System.nanoTime();
      while (!answers(load.pool)) {
        assertTrue(System.nanoTime() - reopened < RECOVERY_NANOS, "the pool did not serve within 5s of the port reopening");
        TimeUnit.MILLISECONDS.sleep(50);
      }
      slowest = Math.max(slowest, System.nanoTime() - reopened);
    }
    load.finish(RESTARTS + " restarts, served again after at most " + TimeUnit.NANOSECONDS.toMillis(slowest) + " ms");
  }

  /** The {@link MixedWorkload} on a pool of 16 over a new database, running from construction. */
  private static final class Load {
    final TestServer db = running.createDatabase();
    final WriteLedger ledger = new WriteLedger();
    final MySqlConnectOptions connectOptions = MySqlConnectOptions.parse("mysql://" + USER + ":" + PASSWORD + "@" + db.host() + ":" + db.port() + "/"
        + db.database() + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&queryTimeout=10s&connectTimeout=5s");
    final MixedWorkload.Bounds bounds = MixedWorkload.Bounds.of(connectOptions, POOL_OPTIONS);
    final MySqlPool pool;
    final MixedWorkload workload;
    final long socketsBefore;

    Load() {
      MixedWorkload.createTables(db);
      socketsBefore = OpenSockets.count();
      pool = MySqlPool.create(connectOptions, POOL_OPTIONS);
      workload = new MixedWorkload(new FutureOperations(pool), MixedWorkload.Mix.FAULT, ledger, SEED, bounds);
      workload.start(64);
    }

    /** Recovers, runs clean, closes the pool, then prints the figures and asserts the promises. */
    void finish(String faults) throws Exception {
      workload.recoverAndStop(5);
      pool.close().get(bounds.operation().toNanos(), TimeUnit.NANOSECONDS);
      PoolMetrics closed = pool.metrics();
      Eventually.until("the server has no session of the pool left", () -> ServerSessions.count(running.server(), USER) == 0);
      Eventually.until("the pool's sockets are closed", () -> OpenSockets.count() <= socketsBefore);
      WriteLedger.Verdict verdict = ledger.check(MixedWorkload.presentIds(db));
      System.out.printf("server faults (%s): %s; %s; open sockets %d before, %d after%n", db.flavour(), faults, workload.report(verdict),
          socketsBefore, OpenSockets.count());
      workload.assertKeptItsPromises(verdict);
      PoolBooks.assertClosed(closed);
    }
  }

  /** Kills a session; false when it ended meanwhile (ER 1094, unknown thread id). */
  private static boolean kill(MySqlConnection admin, long id) {
    try {
      admin.query("KILL CONNECTION " + id).join();
      return true;
    } catch (CompletionException e) {
      if (e.getCause() instanceof MySqlServerException server && server.errorCode() == 1094) {
        return false;
      }
      throw e;
    }
  }

  private static boolean answers(MySqlPool pool) {
    try {
      return pool.query("SELECT 1").orTimeout(5, TimeUnit.SECONDS).join().get(0).get(0, Long.class) == 1L;
    } catch (CompletionException e) {
      return false;
    }
  }
}
