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
 * FAULT-1: 64 callers on the Future API ({@link FutureOperations}, FAULT-1's {@link
 * MixedWorkload.Mix}) on a pool of 16 through a fault proxy that applies a random toxic to a random
 * connection every 200 to 800 ms; the procedure and the pass criteria are {@link FaultRun}'s. 200
 * faults by default; {@code -Pfaults} (or {@code -Dasyncmysql.faults=N}) runs 5,000.
 */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 3, unit = TimeUnit.HOURS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultInjectionIT {
  private static final int FAULTS = Integer.getInteger("asyncmysql.faults", 200);

  @Test
  void noAcknowledgedWriteIsLostAndThePoolRecovers(RunningServer running, @FreshDatabase TestServer db) throws Exception {
    new FaultRun("fault injection", "fault_injection", 64, MixedWorkload.Mix.FAULT, FutureOperations::new)
        .run(running, db, FAULTS, Duration.ofMillis(200), Duration.ofMillis(800));
  }
}
