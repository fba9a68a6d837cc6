package io.asyncmysql.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FaultProxy.Direction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every toxic of the {@link FaultProxy}, observed through an echo server. */
@Timeout(60)
class FaultProxyTest {
  private final EchoServer echo = new EchoServer();
  private final FaultProxy proxy = FaultProxy.start("127.0.0.1", echo.port());

  @AfterEach
  void close() throws IOException {
    proxy.close();
    echo.close();
  }

  @Test
  void passesBytesBothWaysAndCountsThem() throws IOException {
    try (Socket client = connect()) {
      FaultProxyConnection connection = onlyConnection();
      send(client, "hello");
      assertEquals("hello", receive(client, 5));
      until(() -> connection.bytes(Direction.UPSTREAM) == 5 && connection.bytes(Direction.DOWNSTREAM) == 5);
      assertTrue(connection.isOpen());
    }
    until(() -> proxy.connections().isEmpty());
    assertEquals(1, proxy.accepted());
  }

  @Test
  void latencyDelaysEachChunk() throws IOException {
    try (Socket client = connect()) {
      onlyConnection().latency(Direction.DOWNSTREAM, 300, 50);
      long start = System.nanoTime();
      send(client, "ping");
      assertEquals("ping", receive(client, 4));
      assertTrue(elapsedMillis(start) >= 250, "answered after " + elapsedMillis(start) + "ms");
    }
  }

  @Test
  void bandwidthLimitsBytesPerSecond() throws IOException {
    try (Socket client = connect()) {
      onlyConnection().bandwidth(Direction.UPSTREAM, 10_000);
      long start = System.nanoTime();
      send(client, "x".repeat(3_000));
      assertEquals("x".repeat(3_000), receive(client, 3_000));
      assertTrue(elapsedMillis(start) >= 300, "3000 bytes at 10000 B/s took " + elapsedMillis(start) + "ms");
    }
  }

  @Test
  void slicingSplitsWritesAndDelaysTheSlices() throws IOException {
    try (Socket client = connect()) {
      onlyConnection().slicing(Direction.UPSTREAM, 2, 100);
      long start = System.nanoTime();
      send(client, "01234567");
      assertEquals("01234567", receive(client, 8));
      assertTrue(elapsedMillis(start) >= 300, "4 slices 100ms apart took " + elapsedMillis(start) + "ms");
      assertEquals(2, echo.reads().getFirst(), () -> "the server read " + echo.reads());
    }
  }

  @Test
  void closeAfterPassesThatManyBytesThenClosesBothSides() throws IOException {
    try (Socket client = connect()) {
      FaultProxyConnection connection = onlyConnection().closeAfter(Direction.UPSTREAM, 10);
      send(client, "0123456789abcdefghij");
      assertEquals("0123456789", echo.received(0).join());
      assertEquals(-1, readToEnd(client));
      connection.closed().join();
      assertFalse(connection.isOpen());
    }
  }

  @Test
  void resetSendsTcpResetToTheClient() throws IOException {
    try (Socket client = connect()) {
      send(client, "hi");
      assertEquals("hi", receive(client, 2));
      onlyConnection().reset();
      SocketException reset = assertThrows(SocketException.class, () -> readToEnd(client));
      assertTrue(reset.getMessage().contains("reset"), reset::getMessage);
    }
  }

  @Test
  void blackholeDropsBytesButKeepsTheConnectionOpen() throws IOException {
    try (Socket client = connect()) {
      FaultProxyConnection connection = onlyConnection().blackhole(Direction.DOWNSTREAM, true);
      send(client, "lost");
      client.setSoTimeout(500);
      assertThrows(SocketTimeoutException.class, () -> client.getInputStream().read());
      assertTrue(connection.isOpen());
      until(() -> echo.receivedSoFar(0).equals("lost"));
      until(() -> connection.dropped(Direction.DOWNSTREAM) == 4);

      connection.blackhole(Direction.DOWNSTREAM, false);
      client.setSoTimeout(0);
      send(client, "back");
      assertEquals("back", receive(client, 4));
    }
  }

  @Test
  void cutStopsPartWayThroughTheChosenPacket() throws IOException {
    try (Socket client = connect()) {
      FaultProxyConnection connection = onlyConnection().cut(Direction.UPSTREAM, 1, 6);
      client.getOutputStream().write(concat(packet(0, "abc"), packet(1, "defgh"), packet(2, "ij")));
      String expected = new String(concat(packet(0, "abc"), Arrays.copyOf(packet(1, "defgh"), 6)), StandardCharsets.ISO_8859_1);
      assertEquals(expected, echo.received(0).join());
      assertEquals(1, connection.packets(Direction.UPSTREAM));
      connection.closed().join();
      assertFalse(connection.isOpen());
    }
  }

  @Test
  void cutAtZeroBytesClosesBeforeThePacket() throws IOException {
    try (Socket client = connect()) {
      onlyConnection().cut(Direction.UPSTREAM, 0, 0);
      client.getOutputStream().write(packet(0, "abc"));
      assertEquals("", echo.received(0).join());
    }
  }

  @Test
  void rewriteHookChangesWholePacketsFromTheFirstByte() throws IOException {
    List<FaultProxyPacket> seen = new CopyOnWriteArrayList<>();
    proxy.onConnect(c -> c.rewrite(Direction.DOWNSTREAM, packet -> {
      seen.add(packet);
      return packet.index() == 1 ? packet.withSequenceId(9).withPayload("XY".getBytes(StandardCharsets.ISO_8859_1)) : packet;
    }));
    try (Socket client = connect()) {
      byte[] sent = concat(packet(0, "abc"), packet(1, "defgh"), packet(2, ""));
      client.getOutputStream().write(sent);
      byte[] expected = concat(packet(0, "abc"), packet(9, "XY"), packet(2, ""));
      assertArrayEquals(expected, client.getInputStream().readNBytes(expected.length));
      assertEquals(List.of(0L, 1L, 2L), seen.stream().map(FaultProxyPacket::index).toList());
      assertEquals(3, onlyConnection().packets(Direction.DOWNSTREAM));
    }
  }

  @Test
  void healRemovesEveryToxicIncludingOnesNotYetDue() throws IOException {
    try (Socket client = connect()) {
      onlyConnection()
          .latency(Direction.DOWNSTREAM, 60_000, 0)
          .closeAfter(Direction.UPSTREAM, 0)
          .cut(Direction.DOWNSTREAM, 0, 0)
          .blackhole(Direction.UPSTREAM, true)
          .heal();
      send(client, "still here");
      assertEquals("still here", receive(client, 10));
    }
  }

  @Test
  void healClosesAConnectionWhoseStreamLostBytesToTheBlackhole() throws IOException {
    try (Socket client = connect()) {
      FaultProxyConnection connection = onlyConnection().blackhole(Direction.UPSTREAM, true);
      send(client, "lost");
      until(() -> connection.dropped(Direction.UPSTREAM) == 4);
      assertEquals("", echo.receivedSoFar(0));
      connection.heal();
      connection.closed().join();
      assertFalse(connection.isOpen());
    }
  }

  private Socket connect() throws IOException {
    Socket client = new Socket(proxy.host(), proxy.port());
    until(() -> !proxy.connections().isEmpty());
    return client;
  }

  private FaultProxyConnection onlyConnection() {
    return proxy.connections().getFirst();
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String receive(Socket socket, int length) throws IOException {
    return new String(socket.getInputStream().readNBytes(length), StandardCharsets.ISO_8859_1);
  }

  private static int readToEnd(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    int b;
    do {
      b = in.read();
    } while (b >= 0);
    return b;
  }

  private static byte[] packet(int sequenceId, String payload) {
    return new FaultProxyPacket(0, sequenceId, payload.getBytes(StandardCharsets.ISO_8859_1)).encode();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not met within 20s");
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Echoes every byte back and records, per connection, what it received and the size of each read. */
  private static final class EchoServer implements AutoCloseable {
    private final ServerSocket listener;
    private final List<ByteArrayOutputStream> received = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<String>> ended = new CopyOnWriteArrayList<>();
    private final List<Integer> reads = new CopyOnWriteArrayList<>();

    EchoServer() {
      try {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread.ofVirtual().start(this::accept);
    }

    int port() {
      return listener.getLocalPort();
    }

    /** What connection {@code n} received, once it ended. */
    CompletableFuture<String> received(int n) {
      return ended.get(n);
    }

    String receivedSoFar(int n) {
      return received.get(n).toString(StandardCharsets.ISO_8859_1);
    }

    List<Integer> reads() {
      return List.copyOf(reads);
    }

    private void accept() {
      while (true) {
        Socket socket;
        try {
          socket = listener.accept();
        } catch (IOException closed) {
          return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<String> end = new CompletableFuture<>();
        received.add(bytes);
        ended.add(end);
        Thread.ofVirtual().start(() -> echo(socket, bytes, end));
      }
    }

    private void echo(Socket socket, ByteArrayOutputStream bytes, CompletableFuture<String> end) {
      try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          reads.add(n);
          bytes.write(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      } catch (IOException ignored) {
        // The proxy closed or reset the connection: what arrived is recorded.
      } finally {
        end.complete(bytes.toString(StandardCharsets.ISO_8859_1));
      }
    }

    @Override
    public void close() throws IOException {
      listener.close();
    }
  }
}
