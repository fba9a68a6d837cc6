package io.asyncmysql.driver;

import static io.asyncmysql.driver.CommandLog.COM_PING;
import static io.asyncmysql.driver.CommandLog.COM_QUERY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.FaultProxy.Direction;
import io.asyncmysql.testing.FaultProxyConnection;
import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IDLE-1: what the pool does with connections the server closed for idling past {@code wait_timeout}
 * (MySQL first sends ER 4031, MariaDB just closes), and what its borrow-time check costs. Every pool
 * here holds one connection through a {@link FaultProxy}, which tells when the server closed it and
 * which commands the client sent.
 */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IdleValidationIT {
  /**
   * A connection the server closed while it was idle in the pool is replaced at the next borrow, and
   * the borrower sees no error: with the default validation interval, shorter than the idle time,
   * and with one so long that only the check that costs nothing (the connection is closed, or heard
   * something nobody asked for) stands between the borrower and the dead connection.
   */
  @ParameterizedTest(name = "validationInterval={0}")
  @ValueSource(strings = {"500ms", "1h"})
  void anIdleConnectionTheServerTimedOutIsReplacedWithoutAnError(String validationInterval, TestServer server) throws InterruptedException {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      MySqlPool pool = MySqlPool.create(Proxied.url(server, proxy) + "?sslMode=DISABLED&maxSize=1&validationInterval=" + validationInterval);
      try {
        long first = connectionId(pool);
        pool.query("SET SESSION wait_timeout = 2").join();
        FaultProxyConnection wire = proxy.connections().getFirst();
        long answered = wire.packets(Direction.DOWNSTREAM);

        // The server ends the session 2s after the SET; a second more, and the client has read the close.
        wire.closed().join();
        TimeUnit.SECONDS.sleep(1);

        assertEquals(server.flavour() == Flavour.MYSQL ? 1 : 0, wire.packets(Direction.DOWNSTREAM) - answered,
            "packets the server sent before closing (MySQL: ER 4031)");
        assertNotEquals(first, connectionId(pool), "a new connection");
        PoolMetrics metrics = pool.metrics();
        assertEquals(2, metrics.totalCreated(), metrics::toString);
        assertEquals(1, metrics.totalClosed(), metrics::toString);
      } finally {
        pool.close().join();
      }
    }
  }

  /**
   * A connection left borrowed past {@code wait_timeout} fails its next command with a {@link
   * ConnectionClosedException} that says it was not sent, and the pool replaces it once it is given
   * back.
   */
  @Test
  void aBorrowedConnectionLeftIdlePastWaitTimeoutFailsItsNextCommandAndIsReplaced(TestServer server) {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      MySqlPool pool = MySqlPool.create(Proxied.url(server, proxy) + "?sslMode=DISABLED&maxSize=1");
      try {
        MySqlConnection loan = pool.acquire().join();
        long id = loan.connectionId();
        CompletionException e;
        try {
          loan.query("SET SESSION wait_timeout = 2").join();
          proxy.connections().getFirst().closed().join();
          Eventually.until("the client saw the server close the connection", () -> !loan.isOpen());
          e = assertThrows(CompletionException.class, () -> loan.query("SELECT 1").join());
        } finally {
          loan.close().join();
        }

        ConnectionClosedException closed = assertInstanceOf(ConnectionClosedException.class, e.getCause(), () -> String.valueOf(e.getCause()));
        assertEquals(Delivery.NOT_SENT, closed.delivery());
        if (server.flavour() == Flavour.MYSQL) {
          assertTrue(closed.getMessage().contains("4031"), () -> "the server's reason: " + closed.getMessage());
        }
        assertNotEquals(id, connectionId(pool), "a new connection");
        assertEquals(1, pool.metrics().totalClosed());
      } finally {
        pool.close().join();
      }
    }
  }

  /**
   * The borrow-time check costs no round trip while a connection idled less than {@code
   * validationInterval}: 100 borrows in a row send nothing but their own queries. A borrow after a
   * longer idle pings first.
   */
  @Test
  void aBorrowPingsOnlyAfterIdlingLongerThanTheValidationInterval(TestServer server) throws InterruptedException {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      CommandLog log = CommandLog.of(proxy);
      MySqlPool pool = MySqlPool.create(Proxied.url(server, proxy) + "?sslMode=DISABLED&maxSize=1&validationInterval=1s");
      try {
        pool.query("SELECT 0").join();
        long wire = proxy.connections().getFirst().id();
        log.take(wire);

        for (long i = 1; i <= 100; i++) {
          assertEquals(i, pool.query("SELECT " + i).join().get(0).get(0, Long.class));
        }
        assertEquals(Collections.nCopies(100, COM_QUERY), log.take(wire), "the commands of 100 borrows in a row");

        TimeUnit.MILLISECONDS.sleep(1500);
        pool.query("SELECT 1").join();
        assertEquals(List.of(COM_PING, COM_QUERY), log.take(wire), "the commands of a borrow after 1.5s idle");
        assertEquals(1, proxy.accepted());
      } finally {
        pool.close().join();
      }
    }
  }

  private static long connectionId(MySqlPool pool) {
    return pool.query("SELECT CONNECTION_ID()").join().get(0).get(0, Long.class);
  }
}
