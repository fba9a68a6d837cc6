package io.asyncmysql.testing;

import io.asyncmysql.testing.FaultProxy.Direction;
import java.io.IOException;
import java.net.Socket;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One client connection through a {@link FaultProxy} and its link to the server, with the toxics
 * that act on it. Each toxic acts on one {@link Direction} and applies from the next bytes that pass;
 * setters return this connection so toxics can be chained. The packet-aware toxics ({@link #cut},
 * {@link #rewrite}, {@link #packets}) read the plaintext MySQL packet headers, so they mean nothing
 * once the connection switched to TLS.
 */
public final class FaultProxyConnection {
  private final long id;
  private final Socket client;
  private final Socket server;
  private final FaultProxyPump upstream;
  private final FaultProxyPump downstream;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  FaultProxyConnection(long id, Socket client, Socket server, Random random, Consumer<FaultProxyConnection> onClose) throws IOException {
    this.id = id;
    this.client = client;
    this.server = server;
    this.upstream = new FaultProxyPump(client.getInputStream(), server.getOutputStream(), this::close, random);
    this.downstream = new FaultProxyPump(server.getInputStream(), client.getOutputStream(), this::close, random);
    closed.thenRun(() -> onClose.accept(this));
  }

  /** Starts moving bytes both ways. */
  void start() {
    Thread.ofVirtual().name("fault-proxy-" + id + "-up").start(upstream);
    Thread.ofVirtual().name("fault-proxy-" + id + "-down").start(downstream);
  }

  /** The connection's number at this proxy, from 0 in the order they were accepted. */
  public long id() {
    return id;
  }

  /** Delays each read chunk by {@code millis} plus or minus a random jitter of up to {@code jitterMillis}; 0 and 0 to stop. */
  public FaultProxyConnection latency(Direction direction, long millis, long jitterMillis) {
    if (millis < 0 || jitterMillis < 0) {
      throw new IllegalArgumentException("latency: " + millis + "ms, jitter " + jitterMillis + "ms (expected: >= 0)");
    }
    pump(direction).latency(millis, jitterMillis);
    return this;
  }

  /** Passes at most {@code bytesPerSecond} bytes a second; 0 for no limit. */
  public FaultProxyConnection bandwidth(Direction direction, long bytesPerSecond) {
    if (bytesPerSecond < 0) {
      throw new IllegalArgumentException("bytesPerSecond: " + bytesPerSecond + " (expected: >= 0)");
    }
    pump(direction).bandwidth(bytesPerSecond);
    return this;
  }

  /** Writes in chunks of at most {@code size} bytes with {@code delayMillis} between them; size 0 to stop. */
  public FaultProxyConnection slicing(Direction direction, int size, long delayMillis) {
    if (size < 0 || delayMillis < 0) {
      throw new IllegalArgumentException("slicing: " + size + " bytes, " + delayMillis + "ms (expected: >= 0)");
    }
    pump(direction).slicing(size, delayMillis);
    return this;
  }

  /** Passes {@code bytes} more bytes, then closes the connection (both sides see an orderly close). */
  public FaultProxyConnection closeAfter(Direction direction, long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes: " + bytes + " (expected: >= 0)");
    }
    pump(direction).limit(bytes);
    return this;
  }

  /** Stops passing bytes (they are read and dropped) while both sockets stay open; false to pass again. */
  public FaultProxyConnection blackhole(Direction direction, boolean on) {
    pump(direction).blackhole(on);
    return this;
  }

  /**
   * Closes the connection part way through a packet: {@code bytesInto} bytes (the 4-byte header
   * included) of the packet {@code packetsFromNow} packets after the next one to start pass, then
   * both sides see an orderly close. {@code cut(d, 0, 0)} closes before the next packet, {@code cut(d,
   * 0, 4)} after its header, {@code cut(d, 2, 10)} after 6 payload bytes of the third packet; a
   * {@code bytesInto} past the packet's end closes right after it.
   */
  public FaultProxyConnection cut(Direction direction, long packetsFromNow, int bytesInto) {
    if (packetsFromNow < 0 || bytesInto < 0) {
      throw new IllegalArgumentException("cut: packet +" + packetsFromNow + ", byte " + bytesInto + " (expected: >= 0)");
    }
    pump(direction).cut(packetsFromNow, bytesInto);
    return this;
  }

  /**
   * Passes every packet that starts from now on through {@code hook}, which returns the packet to send
   * instead (the same one to leave it alone); {@code null} to stop. The hook runs on the proxy's
   * thread, one whole packet at a time: e.g. clear {@code CLIENT_SSL} in a greeting, or change a
   * sequence id.
   */
  public FaultProxyConnection rewrite(Direction direction, UnaryOperator<FaultProxyPacket> hook) {
    pump(direction).rewrite(hook);
    return this;
  }

  /**
   * Removes every toxic in both directions, those waiting for their moment ({@link #cut}, {@link
   * #closeAfter}) included, and leaves the connection as a real network would: one whose stream lost
   * bytes to a {@linkplain #blackhole blackhole} is closed, since TCP never delivers a stream with a
   * hole (after a partition its retransmissions either arrive or the connection dies).
   */
  public FaultProxyConnection heal() {
    boolean upstreamHole = upstream.heal();
    if (downstream.heal() | upstreamHole) {
      close();
    }
    return this;
  }

  /** Closes both sockets with a TCP reset ({@code SO_LINGER} 0) instead of an orderly close. */
  public void reset() {
    try {
      client.setSoLinger(true, 0);
      server.setSoLinger(true, 0);
    } catch (IOException alreadyClosed) {
      // Nothing left to reset.
    }
    close();
  }

  /** Closes both sockets; both sides see an orderly close. */
  public void close() {
    FaultProxy.closeQuietly(client);
    FaultProxy.closeQuietly(server);
    closed.complete(null);
  }

  /** Whether both sockets are still open. */
  public boolean isOpen() {
    return !closed.isDone();
  }

  /** Completes when the connection is closed, by either side or by a toxic. */
  public CompletableFuture<Void> closed() {
    return closed.copy();
  }

  /** Bytes passed on in that direction so far. */
  public long bytes(Direction direction) {
    return pump(direction).forwarded();
  }

  /** Whole packets seen in that direction so far, passed on or not. */
  public long packets(Direction direction) {
    return pump(direction).packets();
  }

  /** Bytes the {@linkplain #blackhole blackhole} dropped in that direction so far. */
  public long dropped(Direction direction) {
    return pump(direction).dropped();
  }

  private FaultProxyPump pump(Direction direction) {
    return Objects.requireNonNull(direction, "direction") == Direction.UPSTREAM ? upstream : downstream;
  }

  @Override
  public String toString() {
    return "FaultProxyConnection[" + id + (isOpen() ? "" : ", closed") + ", up " + bytes(Direction.UPSTREAM) + "B, down "
        + bytes(Direction.DOWNSTREAM) + "B]";
  }
}
