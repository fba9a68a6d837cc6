package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestServers;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A pool across a server restart, on a server of its own so other tests are not disturbed. */
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PoolRecoveryIT {
  private static final String USER = "pool_recovery";

  @Test
  void failsFastWhileTheServerIsDownAndRecoversWithoutLeakingConnections() {
    try (RunningServer running = TestServers.start()) {
      running.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY 'recovery-secret'", "GRANT ALL ON *.* TO '" + USER + "'@'%'");
      TestServer admin = running.server();
      MySqlPool pool = MySqlPool.create(
          "mysql://" + USER + ":recovery-secret@" + admin.host() + ":" + admin.port() + "/?maxSize=4&acquireTimeout=20s&connectTimeout=5s");
      queryConcurrently(pool, 40);
      Eventually.until("the server sees the pool's connections", () -> serverConnections(admin) == pool.metrics().total());

      running.stop();
      for (int i = 0; i < 5; i++) {
        CompletionException down = assertThrows(CompletionException.class, () -> pool.query("SELECT 1").join());
        assertInstanceOf(MySqlException.class, down.getCause(), () -> String.valueOf(down.getCause()));
      }

      running.start();
      Eventually.until("the pool answers again", () -> answers(pool));
      queryConcurrently(pool, 40);
      PoolMetrics metrics = pool.metrics();
      assertTrue(metrics.total() <= 4, metrics::toString);
      assertEquals(0, metrics.active(), metrics::toString);
      Eventually.until("the server sees only the pool's open connections", () -> serverConnections(admin) == pool.metrics().total());

      pool.close().join();
      Eventually.until("the server has no connection of the pool", () -> serverConnections(admin) == 0);
    }
  }

  private static void queryConcurrently(MySqlPool pool, int count) {
    List<CompletableFuture<RowSet>> results = IntStream.range(0, count).mapToObj(i -> pool.query("SELECT ?", i)).toList();
    for (int i = 0; i < count; i++) {
      assertEquals(i, results.get(i).join().get(0).get(0, Long.class));
    }
  }

  private static boolean answers(MySqlPool pool) {
    try {
      return pool.query("SELECT 1").join().get(0).get(0, Long.class) == 1L;
    } catch (CompletionException e) {
      assertInstanceOf(MySqlException.class, e.getCause(), () -> String.valueOf(e.getCause()));
      return false;
    }
  }

  private static long serverConnections(TestServer admin) {
    MySqlConnection connection = MySqlConnection.connect(admin.url()).join();
    try {
      return connection.query("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = ?", USER).join().get(0).get(0, Long.class);
    } finally {
      connection.close().join();
    }
  }
}
