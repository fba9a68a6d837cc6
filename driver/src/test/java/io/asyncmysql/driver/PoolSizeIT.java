package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.FaultProxy.Direction;
import io.asyncmysql.testing.FaultProxyConnection;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code maxSize} bounds the connections a pool holds open, those it retired and is still closing included. */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PoolSizeIT {
  /**
   * A statement times out on a blackholed connection and its {@code KILL QUERY} hangs on a side
   * connection whose greeting is 10 s late (until {@code connectTimeout}, 5 s); the connection fails
   * its ping on return and is retired. Its replacement may connect only once the retired one is
   * closed, not while a goodbye waits behind the kill.
   */
  @Test
  void aReplacementConnectsOnlyOnceTheRetiredConnectionIsClosed(TestServer server) throws Exception {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      MySqlPool pool = MySqlPool.create(server.url().replace(server.host() + ":" + server.port(), proxy.host() + ":" + proxy.port())
          + "?sslMode=DISABLED&maxSize=1&queryTimeout=1s&connectTimeout=5s&validationTimeout=100ms");
      try {
        MySqlConnection borrowed = pool.acquire().join();
        FaultProxyConnection retired = proxy.connections().getFirst();
        CompletableFuture<FaultProxyConnection> killer = new CompletableFuture<>();
        CompletableFuture<Boolean> retiredClosedFirst = new CompletableFuture<>();
        proxy.onConnect(wire -> {
          if (killer.complete(wire)) {
            wire.latency(Direction.DOWNSTREAM, 10_000, 0);
          } else {
            retiredClosedFirst.complete(closedWithinASecond(retired));
          }
        });
        retired.blackhole(Direction.UPSTREAM, true);

        CompletionException timedOut = assertThrows(CompletionException.class, () -> borrowed.query("SELECT 1").join());
        assertInstanceOf(MySqlTimeoutException.class, timedOut.getCause());
        killer.get(10, TimeUnit.SECONDS);
        borrowed.close().join();
        MySqlConnection replacement = pool.acquire().join();
        boolean closedFirst = retiredClosedFirst.join();
        long answer = replacement.query("SELECT 1").join().get(0).get(0, Long.class);
        replacement.close().join();

        assertTrue(closedFirst, "the replacement connected while the retired connection was open");
        assertEquals(1L, answer);
        assertEquals(1, pool.metrics().total());
      } finally {
        pool.close().join();
      }
    }
  }

  private static boolean closedWithinASecond(FaultProxyConnection wire) {
    try {
      wire.closed().get(1, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
