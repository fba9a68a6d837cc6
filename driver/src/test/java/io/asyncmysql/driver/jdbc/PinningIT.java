package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.driver.PinnedFrames;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** JDBC calls on virtual threads never pin their carrier inside the driver (JFR jdk.VirtualThreadPinned). */
@ExtendWith(MySqlExtension.class)
class PinningIT {
  @Test
  void aThousandVirtualThreadsDoNotPinInTheDriver(TestServer server) throws Exception {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=8&acquireTimeout=10m&maxWaiters=2000");
    try {
      DataSource ds = pool.dataSource();
      assertEquals(2, plusOne(ds, 1));
      AtomicInteger answered = new AtomicInteger();
      List<String> pinnedInDriver = PinnedFrames.during(() -> {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
          for (int i = 0; i < 1000; i++) {
            int n = i;
            executor.execute(() -> {
              if (plusOne(ds, n) == n + 1) {
                answered.incrementAndGet();
              }
            });
          }
          executor.shutdown();
          executor.awaitTermination(5, TimeUnit.MINUTES);
        }
      });
      assertEquals(1000, answered.get());
      assertEquals(List.of(), pinnedInDriver);
    } finally {
      pool.close().join();
    }
  }

  private static int plusOne(DataSource ds, int n) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT ? + 1")) {
      ps.setInt(1, n);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
