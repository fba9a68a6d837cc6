package io.asyncmysql.driver;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LOAD-3: LOAD-1's crowd of virtual threads running unmodified JDBC code ({@link JdbcOperations},
 * {@link MixedWorkload.Mix#LOAD}) on a pool of 16 through a fault proxy that applies a random toxic
 * to a random connection every second; FAULT-1's pass criteria ({@link FaultRun}) must hold. By default a tenth of the plan's volume, 1,000 threads for
 * 20 faults; {@code -Pfaults} (or {@code -Dasyncmysql.load.callers=10000 -Dasyncmysql.load.faults=60})
 * runs 10,000 threads for 60.
 */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 1, unit = TimeUnit.HOURS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LoadUnderFaultsIT {
  private static final int CALLERS = Integer.getInteger("asyncmysql.load.callers", 1000);
  private static final int FAULTS = Integer.getInteger("asyncmysql.load.faults", 20);

  @Test
  void jdbcOnVirtualThreadsKeepsItsPromisesUnderFaults(RunningServer running, @FreshDatabase TestServer db) throws Exception {
    new FaultRun("load under faults", "load_faults", CALLERS, MixedWorkload.Mix.LOAD, pool -> new JdbcOperations(pool.dataSource()))
        .run(running, db, FAULTS, Duration.ofSeconds(1), Duration.ofSeconds(1));
  }
}
