package io.asyncmysql.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An in-process TCP proxy in front of a server, for tests of what a client does when the network
 * misbehaves: latency, bandwidth limits, slicing, closes and resets, blackholes, and cuts or rewrites
 * of MySQL packets. It listens on a free loopback port; each connection it accepts gets its own
 * connection to the server and a {@link FaultProxyConnection} that sets its toxics. Bytes move on
 * virtual threads; latency jitter comes from a random source seeded per connection from the proxy's
 * seed, so a run can be repeated.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(server.host(), server.port())) {
 *   proxy.onConnect(c -> c.latency(Direction.DOWNSTREAM, 50, 10));   // every new connection
 *   ... connect a client to 127.0.0.1:proxy.port() ...
 *   proxy.connections().getFirst().blackhole(Direction.DOWNSTREAM, true);
 * }
 * }</pre>
 */
public final class FaultProxy implements AutoCloseable {
  /** Which way bytes flow through the proxy. */
  public enum Direction {
    /** From the client to the server. */
    UPSTREAM,
    /** From the server to the client. */
    DOWNSTREAM
  }

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final long seed;
  private final AtomicLong accepted = new AtomicLong();
  private final List<FaultProxyConnection> open = new CopyOnWriteArrayList<>();
  private volatile Consumer<FaultProxyConnection> onConnect = connection -> {};

  private FaultProxy(ServerSocket listener, InetSocketAddress target, long seed) {
    this.listener = listener;
    this.target = target;
    this.seed = seed;
  }

  /** Starts a proxy to {@code host:port} with seed 0. */
  public static FaultProxy start(String host, int port) {
    return start(host, port, 0);
  }

  /**
   * Starts a proxy to {@code host:port}.
   *
   * @param seed seeds each connection's random source (latency jitter): connection {@code n} uses
   *     {@code seed + n}
   */
  public static FaultProxy start(String host, int port, long seed) {
    Objects.requireNonNull(host, "host");
    try {
      FaultProxy proxy = new FaultProxy(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()), new InetSocketAddress(host, port), seed);
      Thread.ofVirtual().name("fault-proxy-accept").start(proxy::accept);
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The loopback address the proxy listens on. */
  public String host() {
    return listener.getInetAddress().getHostAddress();
  }

  /** The port the proxy listens on. */
  public int port() {
    return listener.getLocalPort();
  }

  /**
   * Sets what to do with each new connection before any byte passes, e.g. install a {@linkplain
   * FaultProxyConnection#rewrite rewrite hook} for the server's greeting. Runs on the proxy's thread.
   */
  public FaultProxy onConnect(Consumer<FaultProxyConnection> setup) {
    this.onConnect = Objects.requireNonNull(setup, "setup");
    return this;
  }

  /** The connections open now, oldest first. */
  public List<FaultProxyConnection> connections() {
    return List.copyOf(open);
  }

  /** How many connections the proxy has accepted so far. */
  public long accepted() {
    return accepted.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException closed) {
        return;
      }
      long id = accepted.getAndIncrement();
      Thread.ofVirtual().name("fault-proxy-connect-" + id).start(() -> connect(id, client));
    }
  }

  /** Links a client to a new server connection; when the server cannot be reached, the client is closed. */
  private void connect(long id, Socket client) {
    Socket server = new Socket();
    FaultProxyConnection connection = null;
    try {
      client.setTcpNoDelay(true);
      server.setTcpNoDelay(true);
      server.connect(target);
      connection = new FaultProxyConnection(id, client, server, new Random(seed + id), open::remove);
      open.add(connection);
      onConnect.accept(connection);
      if (listener.isClosed()) {
        connection.close();
      } else {
        connection.start();
      }
    } catch (IOException | RuntimeException e) {
      closeQuietly(client);
      closeQuietly(server);
      if (connection != null) {
        connection.close();
      }
    }
  }

  /** Stops accepting and closes every open connection. */
  @Override
  public void close() {
    closeQuietly(listener);
    open.forEach(FaultProxyConnection::close);
  }

  static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Nothing more to release.
    }
  }

  @Override
  public String toString() {
    return "FaultProxy[" + host() + ":" + port() + " -> " + target + ", " + open.size() + " open]";
  }
}
