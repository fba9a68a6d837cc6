package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.FaultProxy.Direction;
import io.asyncmysql.testing.FaultProxyConnection;
import io.asyncmysql.testing.FaultProxyPacket;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real server behind a {@link FaultProxy} that tampers with the bytes: a greeting stripped of
 * {@code CLIENT_SSL} (SEC-5), a wrong sequence id inside a result or inside a row of more than 16 MiB
 * (FRAME-2), and a statement larger than {@code max_allowed_packet}, refused by the driver or, when
 * the driver was told a larger limit, by the server (FRAME-3).
 */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultProxyIT {
  private static final int CLIENT_SSL = 1 << 11;
  private static final String THREE_ROWS = "SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3";
  private static final int MAX_PAYLOAD = 0xFF_FFFF;

  /** SEC-5 (BACKRONYM): a man in the middle clears {@code CLIENT_SSL}; no credential byte may follow. */
  @ParameterizedTest
  @ValueSource(strings = {"REQUIRED", "VERIFY_CA"})
  void tlsDowngradeFailsBeforeTheHandshakeResponse(String sslMode, TestServer server) {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      List<FaultProxyConnection> wires = new CopyOnWriteArrayList<>();
      proxy.onConnect(c -> wires.add(c.rewrite(Direction.DOWNSTREAM, packet -> packet.index() == 0 ? withoutSsl(packet) : packet)));
      String ca = sslMode.equals("VERIFY_CA") ? "&sslCa=" + server.caCertificate().orElseThrow() : "";
      String url = Proxied.url(server, proxy) + "?sslMode=" + sslMode + ca;

      CompletionException e = assertThrows(CompletionException.class, () -> MySqlConnection.connect(url).join());

      MySqlAuthenticationException refused = assertInstanceOf(MySqlAuthenticationException.class, e.getCause(), () -> String.valueOf(e.getCause()));
      assertEquals(SslMode.valueOf(sslMode), refused.sslMode());
      assertTrue(refused.getMessage().contains("does not offer TLS"), refused::getMessage);
      assertEquals(MySqlException.Delivery.NOT_SENT, refused.delivery());
      FaultProxyConnection wire = wires.getFirst();
      wire.closed().join();
      assertTrue(wire.packets(Direction.DOWNSTREAM) >= 1, "the greeting passed");
      assertEquals(0, wire.bytes(Direction.UPSTREAM), "bytes the client sent after the greeting");
      assertEquals(1, proxy.accepted());
    }
  }

  /** The rewrite really is what makes SEC-5 fail: the same proxy without it negotiates TLS. */
  @Test
  void theSameProxyWithoutTheRewriteNegotiatesTls(TestServer server) {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      MySqlConnection connection = MySqlConnection.connect(Proxied.url(server, proxy) + "?sslMode=REQUIRED").join();
      try {
        String cipher = connection.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'").join().get(0).get(1, String.class);
        assertTrue(!cipher.isEmpty(), "no TLS cipher");
      } finally {
        connection.close().join();
      }
    }
  }

  /**
   * FRAME-2: a wrong sequence id on the first, a middle or the last packet of a result fails the
   * query with a protocol exception, destroys the connection, and the pool serves the next request
   * on a new one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"first", "middle", "last"})
  void wrongSequenceIdInAResultDestroysTheConnection(String which, TestServer server) {
    onOneProxiedConnection(server, (pool, proxy, wire) -> {
      long before = wire.packets(Direction.DOWNSTREAM);
      assertEquals(3, pool.query(THREE_ROWS).join().size());
      long resultPackets = wire.packets(Direction.DOWNSTREAM) - before;
      long start = wire.packets(Direction.DOWNSTREAM);
      long target = start + switch (which) {
        case "first" -> 0;
        case "middle" -> resultPackets / 2;
        default -> resultPackets - 1;
      };
      wire.rewrite(Direction.DOWNSTREAM, packet -> packet.index() == target ? outOfSequence(packet) : packet);

      assertOutOfSequenceDestroysTheConnection(pool, proxy, wire, THREE_ROWS);
    });
  }

  /**
   * FRAME-2 inside a row of more than 16 MiB, which the server splits into a full 16 MiB packet and
   * the rest: a wrong sequence id on either part destroys the connection the same way.
   */
  @ParameterizedTest(name = "packet {0} of the row")
  @ValueSource(ints = {0, 1})
  void wrongSequenceIdInsideARowOfMoreThan16MiBDestroysTheConnection(int part, TestServer server) {
    onOneProxiedConnection(server, (pool, proxy, wire) -> {
      AtomicLong fullPacket = new AtomicLong(-1);
      wire.rewrite(Direction.DOWNSTREAM, packet -> {
        if (fullPacket.get() < 0 && packet.payload().length == MAX_PAYLOAD) {
          fullPacket.set(packet.index());
        }
        return fullPacket.get() >= 0 && packet.index() == fullPacket.get() + part ? outOfSequence(packet) : packet;
      });

      assertOutOfSequenceDestroysTheConnection(pool, proxy, wire, "SELECT REPEAT('x', 17 * 1024 * 1024)");
    });
  }

  /** What a test does with a pool of one connection through a proxy. */
  private interface ProxiedPoolWork {
    void run(MySqlPool pool, FaultProxy proxy, FaultProxyConnection wire);
  }

  /** Runs {@code work} with a pool of one connection through a new proxy, once the connection answered a query. */
  private static void onOneProxiedConnection(TestServer server, ProxiedPoolWork work) {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      MySqlPool pool = MySqlPool.create(Proxied.url(server, proxy) + "?sslMode=DISABLED&maxSize=1");
      try {
        assertEquals(3, pool.query(THREE_ROWS).join().size());
        work.run(pool, proxy, proxy.connections().getFirst());
      } finally {
        pool.close().join();
      }
    }
  }

  /**
   * The query whose result has a packet out of sequence fails with a protocol exception, the
   * connection is closed, and the pool serves the next request on a new one.
   */
  private static void assertOutOfSequenceDestroysTheConnection(MySqlPool pool, FaultProxy proxy, FaultProxyConnection wire, String sql) {
    CompletionException e = assertThrows(CompletionException.class, () -> pool.query(sql).join());

    MySqlProtocolException broken = assertInstanceOf(MySqlProtocolException.class, e.getCause(), () -> String.valueOf(e.getCause()));
    assertTrue(broken.getMessage().contains("sequence"), broken::getMessage);
    assertEquals(MySqlException.Delivery.IN_DOUBT, broken.delivery());
    wire.closed().join();
    RowSet rows = pool.query(THREE_ROWS).join();
    assertEquals(List.of(1L, 2L, 3L), List.of(rows.get(0).get(0, Long.class), rows.get(1).get(0, Long.class), rows.get(2).get(0, Long.class)));
    assertEquals(2, proxy.accepted());
  }

  private static FaultProxyPacket outOfSequence(FaultProxyPacket packet) {
    return packet.withSequenceId((packet.sequenceId() + 7) & 0xFF);
  }

  /**
   * FRAME-3: a statement larger than {@code max_allowed_packet} fails before a byte of it is written,
   * and the connection, pooled or not, goes on.
   */
  @Test
  void statementLargerThanMaxAllowedPacketIsNeverWritten(RunningServer running) {
    TestServer server = running.server();
    long global = globalMaxAllowedPacket(server);
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      MySqlConnection connection;
      MySqlPool pool;
      running.execute("SET GLOBAL max_allowed_packet = 65536");
      try {
        connection = MySqlConnection.connect(Proxied.url(server, proxy) + "?sslMode=DISABLED").join();
        pool = MySqlPool.create(Proxied.url(server, proxy) + "?sslMode=DISABLED&maxSize=1");
        pool.query("SELECT 1").join();
      } finally {
        running.execute("SET GLOBAL max_allowed_packet = " + global);
      }
      String tooLarge = "SELECT '" + "x".repeat(65536) + "'";
      try {
        FaultProxyConnection wire = proxy.connections().getFirst();
        long selectOne = upstreamBytesOf(wire, () -> connection.query("SELECT 1").join());

        long failedThenSelectOne = upstreamBytesOf(wire, () -> {
          CompletionException e = assertThrows(CompletionException.class, () -> connection.query(tooLarge).join());
          PacketTooLargeException refused = assertInstanceOf(PacketTooLargeException.class, e.getCause(), () -> String.valueOf(e.getCause()));
          assertTrue(refused.getMessage().contains("max_allowed_packet"), refused::getMessage);
          assertEquals(MySqlException.Delivery.NOT_SENT, refused.delivery());
          assertEquals(1L, connection.query("SELECT 1").join().get(0).get(0, Long.class));
        });

        assertEquals(selectOne, failedThenSelectOne, "bytes the client wrote besides SELECT 1");
        long id = pool.withConnection(c -> CompletableFuture.completedFuture(c.connectionId())).join();
        CompletionException e = assertThrows(CompletionException.class, () -> pool.query(tooLarge).join());
        assertInstanceOf(PacketTooLargeException.class, e.getCause());
        assertEquals(id, pool.withConnection(c -> CompletableFuture.completedFuture(c.connectionId())).join(), "the pool kept the connection");
        assertEquals(2, proxy.accepted());
      } finally {
        connection.close().join();
        pool.close().join();
      }
    }
  }

  /**
   * FRAME-3 past the driver's check: no option turns the check off, and a session's {@code
   * max_allowed_packet} cannot change after connect, so the proxy makes the driver's value stale. It
   * answers the driver's {@code SELECT @@max_allowed_packet} with 16 MiB while the server takes 1
   * MiB; a statement of 2 MiB then reaches the server, which answers ER 1153 and closes the
   * connection. The statement fails once: with that error, or with a {@link
   * ConnectionClosedException} when the close overtakes it. The pool serves the next request on a
   * new connection.
   */
  @Test
  void aStatementTheServerRefusesForItsSizeFailsOnceAndThePoolServesTheNextRequest(RunningServer running) {
    TestServer server = running.server();
    long global = globalMaxAllowedPacket(server);
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      byte[] asked = comQuery("SELECT @@max_allowed_packet");
      byte[] told = comQuery("SELECT " + (16 << 20));
      proxy.onConnect(c -> c.rewrite(Direction.UPSTREAM, packet -> Arrays.equals(packet.payload(), asked) ? packet.withPayload(told) : packet));
      MySqlPool pool;
      long id;
      running.execute("SET GLOBAL max_allowed_packet = " + (1 << 20));
      try {
        pool = MySqlPool.create(Proxied.url(server, proxy) + "?sslMode=DISABLED&maxSize=1");
        id = connectionId(pool);
      } finally {
        running.execute("SET GLOBAL max_allowed_packet = " + global);
      }
      try {
        assertEquals(1 << 20, pool.query("SELECT @@SESSION.max_allowed_packet").join().get(0).get(0, Integer.class), "what the server takes");
        String tooLarge = "SELECT LENGTH('" + "x".repeat(2 << 20) + "')";

        CompletionException e = assertThrows(CompletionException.class, () -> pool.query(tooLarge).join());

        if (e.getCause() instanceof MySqlServerException refused) {
          assertEquals(1153, refused.errorCode(), refused::getMessage);
          assertEquals("08S01", refused.sqlState());
        } else {
          ConnectionClosedException closed = assertInstanceOf(ConnectionClosedException.class, e.getCause(), () -> String.valueOf(e.getCause()));
          assertEquals(MySqlException.Delivery.IN_DOUBT, closed.delivery());
        }
        assertNotEquals(id, connectionId(pool), "a new connection");
        assertEquals(2, proxy.accepted());
      } finally {
        pool.close().join();
      }
    }
  }

  /** A timed-out statement is killed on the server; the pool lends the same connection again. */
  @Test
  void aQueryTimeoutKeepsThePooledConnection(TestServer server) {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=1&queryTimeout=1s");
    try {
      long id = connectionId(pool);
      CompletionException e = assertThrows(CompletionException.class, () -> pool.query("SELECT SLEEP(60)").join());
      assertInstanceOf(MySqlTimeoutException.class, e.getCause(), () -> String.valueOf(e.getCause()));
      assertEquals(id, connectionId(pool));
      assertEquals(1, pool.metrics().total());
    } finally {
      pool.close().join();
    }
  }

  /**
   * A connection whose answers are lost: its statement times out, the server's silence closes it after
   * twice the query timeout, and the pool serves the next request on a new connection.
   */
  @Test
  void aBlackholedConnectionIsClosedAndReplaced(TestServer server) {
    try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
      MySqlPool pool = MySqlPool.create(Proxied.url(server, proxy) + "?sslMode=DISABLED&maxSize=1&queryTimeout=1s");
      try {
        long id = connectionId(pool);
        FaultProxyConnection wire = proxy.connections().getFirst().blackhole(Direction.DOWNSTREAM, true);

        CompletionException e = assertThrows(CompletionException.class, () -> pool.query("SELECT 1").join());

        MySqlTimeoutException timedOut = assertInstanceOf(MySqlTimeoutException.class, e.getCause(), () -> String.valueOf(e.getCause()));
        assertEquals(MySqlException.Delivery.IN_DOUBT, timedOut.delivery());
        wire.closed().join();
        long next = pool.query("SELECT CONNECTION_ID()").orTimeout(60, TimeUnit.SECONDS).join().get(0).get(0, Long.class);
        assertTrue(next != id, "a new connection");
      } finally {
        pool.close().join();
      }
    }
  }

  private static long upstreamBytesOf(FaultProxyConnection wire, Runnable work) {
    long before = wire.bytes(Direction.UPSTREAM);
    work.run();
    return wire.bytes(Direction.UPSTREAM) - before;
  }

  private static long connectionId(MySqlPool pool) {
    return pool.query("SELECT CONNECTION_ID()").join().get(0).get(0, Long.class);
  }

  private static byte[] comQuery(String sql) {
    byte[] text = sql.getBytes(StandardCharsets.UTF_8);
    byte[] payload = new byte[1 + text.length];
    payload[0] = 0x03;
    System.arraycopy(text, 0, payload, 1, text.length);
    return payload;
  }

  private static long globalMaxAllowedPacket(TestServer server) {
    MySqlConnection admin = MySqlConnection.connect(server.url()).join();
    try {
      return admin.query("SELECT @@GLOBAL.max_allowed_packet").join().get(0).get(0, Long.class);
    } finally {
      admin.close().join();
    }
  }

  /** The greeting with {@code CLIENT_SSL} cleared in the lower capability flags. */
  private static FaultProxyPacket withoutSsl(FaultProxyPacket greeting) {
    byte[] payload = greeting.payload().clone();
    int versionEnd = 1;
    while (payload[versionEnd] != 0) {
      versionEnd++;
    }
    int capabilities = versionEnd + 1 + 4 + 8 + 1;
    assertTrue((payload[capabilities + 1] & (CLIENT_SSL >> 8)) != 0, "the server offers TLS");
    payload[capabilities + 1] &= (byte) ~(CLIENT_SSL >> 8);
    return greeting.withPayload(payload);
  }
}
