package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.driver.WriteLedger.Verdict;
import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.FaultProxyConnection;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FAULT-1: a pool of 16 under 64 callers through a {@link FaultProxy} that applies a random toxic to
 * a random connection every 200 to 800 ms, then clean traffic. Every write carries a UUID and its
 * outcome goes into a {@link WriteLedger}, checked against the table afterwards. 200 faults by
 * default; {@code -Pfaults} (or {@code -Dasyncmysql.faults=N}) runs 5,000.
 */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 3, unit = TimeUnit.HOURS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultInjectionIT {
  private static final String USER = "fault_injection";
  private static final String PASSWORD = "fault-injection-secret";
  private static final int FAULTS = Integer.getInteger("asyncmysql.faults", 200);
  private static final long SEED = Long.getLong("asyncmysql.faults.seed", 8);
  private static final int CALLERS = 64;
  private static final int QUERY_TIMEOUT_SECONDS = 10;
  private static final int ACQUIRE_TIMEOUT_SECONDS = 30;
  /**
   * How long an operation may take before it counts as hung: waiting for a connection, its commands'
   * timeouts, a kill's, and a generous margin for a loaded machine.
   */
  private static final int BOUND_SECONDS = 90;
  private static final int CLEAN_SECONDS = 10;

  @Test
  void noAcknowledgedWriteIsLostAndThePoolRecovers(RunningServer running, @FreshDatabase TestServer db) throws Exception {
    running.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'", "GRANT ALL ON `" + db.database() + "`.* TO '" + USER + "'@'%'");
    try {
      MixedWorkload.createTables(db);
      long socketsBefore = OpenSockets.count();
      WriteLedger ledger = new WriteLedger();
      RandomFaults faults;
      MixedWorkload workload;
      try (FaultProxy proxy = FaultProxy.start(db.host(), db.port(), SEED)) {
        MySqlPool pool = MySqlPool.create("mysql://" + USER + ":" + PASSWORD + "@" + proxy.host() + ":" + proxy.port() + "/" + db.database()
            + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&maxSize=16&queryTimeout=" + QUERY_TIMEOUT_SECONDS + "s&acquireTimeout=" + ACQUIRE_TIMEOUT_SECONDS
            + "s&connectTimeout=5s");
        faults = new RandomFaults(proxy, SEED, FAULTS);
        workload = new MixedWorkload(pool, ledger, SEED, BOUND_SECONDS, TimeUnit.SECONDS);
        workload.start(CALLERS);
        faults.run();

        proxy.connections().forEach(FaultProxyConnection::heal);
        workload.recoverAndStop(2L * QUERY_TIMEOUT_SECONDS + 2, CLEAN_SECONDS);
        pool.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
      }
      Eventually.until("the server has no session of the pool left", () -> MixedWorkload.sessions(running.server(), USER) == 0);
      Eventually.until("the pool's and the proxy's sockets are closed", () -> OpenSockets.count() <= socketsBefore);

      Verdict verdict = ledger.check(MixedWorkload.presentIds(db));
      System.out.printf("fault injection (%s, seed %d): %d faults %s; %s; open sockets %d before, %d after%n", db.flavour(), SEED, faults.total(),
          faults.applied(), workload.report(verdict), socketsBefore, OpenSockets.count());
      assertEquals(FAULTS, faults.total());
      workload.assertKeptItsPromises(verdict);
    } finally {
      running.execute("DROP USER '" + USER + "'@'%'");
    }
  }
}
