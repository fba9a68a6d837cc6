package io.asyncmysql.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.Eventually;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.driver.PoolMetrics;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connections opened, kept, retired and watched over time, against a real server. */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PoolLifecycleIT {
  private TestServer server;
  private final List<MySqlPool> pools = new ArrayList<>();

  @BeforeEach
  void server(TestServer shared) {
    server = shared;
  }

  @AfterEach
  void closePools() {
    pools.forEach(pool -> pool.close().join());
  }

  private ConnectionPool pool(String parameters) {
    MySqlPool pool = MySqlPool.create(server.url() + "?" + parameters);
    pools.add(pool);
    return (ConnectionPool) pool;
  }

  @Test
  void minIdleConnectionsAreOpenedAndKept() {
    ConnectionPool pool = pool("maxSize=4&minIdle=2");
    Eventually.until("two idle connections", () -> pool.metrics().idle() == 2);
    MySqlConnection borrowed = pool.acquire().join();
    Eventually.until("two idle connections besides the borrowed one", () -> pool.metrics().idle() == 2);
    assertEquals(3, pool.metrics().totalCreated());
    borrowed.close().join();
    assertEquals(3, pool.metrics().idle());
  }

  @Test
  void idleConnectionsBeyondMinIdleAreRetiredAfterIdleTimeout() throws InterruptedException {
    ConnectionPool pool = pool("maxSize=3&minIdle=1&idleTimeout=100ms");
    List<MySqlConnection> borrowed = List.of(pool.acquire().join(), pool.acquire().join(), pool.acquire().join());
    borrowed.forEach(connection -> connection.close().join());
    TimeUnit.MILLISECONDS.sleep(150);
    pool.housekeep();
    PoolMetrics metrics = pool.metrics();
    assertEquals(1, metrics.idle(), metrics::toString);
    assertEquals(2, metrics.totalClosed(), metrics::toString);
  }

  @Test
  void aConnectionOutlivingMaxLifetimeIsRetiredWhenReturnedNotWhileBorrowed() throws InterruptedException {
    ConnectionPool pool = pool("maxSize=1&maxLifetime=200ms");
    MySqlConnection connection = pool.acquire().join();
    TimeUnit.MILLISECONDS.sleep(250);
    pool.housekeep();
    assertEquals(1L, connection.query("SELECT 1").join().get(0).get(0, Long.class));
    assertEquals(0, pool.metrics().totalClosed());
    connection.close().join();
    assertEquals(1, pool.metrics().totalClosed());
    assertEquals(0, pool.metrics().idle());
    MySqlConnection next = pool.acquire().join();
    assertNotEquals(connection.connectionId(), next.connectionId());
    next.close().join();
  }

  @Test
  void aConnectionHeldPastTheThresholdIsReportedWithItsBorrowersStack() {
    Logger logger = Logger.getLogger("io.asyncmysql.driver.pool");
    CompletableFuture<LogRecord> warning = new CompletableFuture<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel() == Level.WARNING && record.getMessage().startsWith("possible leak")) {
          warning.complete(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    try {
      ConnectionPool pool = pool("maxSize=1&leakDetectionThreshold=100ms");
      MySqlConnection returnedInTime = pool.acquire().join();
      returnedInTime.close().join();
      MySqlConnection held = pool.acquire().join();
      LogRecord record = warning.orTimeout(60, TimeUnit.SECONDS).join();
      assertTrue(record.getMessage().contains("leakDetectionThreshold"), record.getMessage());
      assertTrue(Arrays.stream(record.getThrown().getStackTrace())
              .anyMatch(frame -> frame.getMethodName().equals("aConnectionHeldPastTheThresholdIsReportedWithItsBorrowersStack")),
          () -> Arrays.toString(record.getThrown().getStackTrace()));
      assertEquals(1, pool.metrics().leaksDetected());
      held.close().join();
      assertEquals(1, pool.metrics().leaksDetected());
      assertEquals(1, pool.metrics().idle());
    } finally {
      logger.removeHandler(handler);
    }
  }
}
