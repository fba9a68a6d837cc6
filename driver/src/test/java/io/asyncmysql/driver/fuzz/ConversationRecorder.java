package io.asyncmysql.driver.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A loopback proxy to a real server that records the one connection made through it: the server's
 * bytes, cut into a new turn whenever the client sent a packet since the server's last bytes.
 */
final class ConversationRecorder implements AutoCloseable {
  private final ServerSocket listener;
  private final Lock lock = new ReentrantLock();
  private final PacketCounter clientPackets = new PacketCounter();
  private final List<Conversation.Segment> segments = new ArrayList<>();
  private final ByteArrayOutputStream turn = new ByteArrayOutputStream();
  private final Thread proxy;
  private int turnClientPackets = -1;

  /** Listens on a free loopback port and forwards the first connection to {@code host:port}. */
  ConversationRecorder(String host, int port) {
    try {
      listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    proxy = Thread.ofVirtual().name("conversation-recorder").start(() -> forward(host, port));
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Waits until both sides closed, and returns what the server said. */
  Conversation conversation(String name) throws InterruptedException {
    proxy.join();
    lock.lock();
    try {
      endTurn();
      return new Conversation(name, segments);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  private void forward(String host, int port) {
    try (Socket client = listener.accept(); Socket server = new Socket(host, port)) {
      Thread upstream = Thread.ofVirtual().start(() -> pipe(client, server, true));
      pipe(server, client, false);
      upstream.join();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("recording failed", e);
    }
  }

  private void pipe(Socket from, Socket to, boolean fromClient) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        record(buffer, n, fromClient);
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException closed) {
      // One side hung up: so does the other, below.
    } finally {
      try {
        to.shutdownOutput();
      } catch (IOException ignored) {
        // Already closed.
      }
    }
  }

  /** Counts the client's packets before they reach the server, so that its answer starts a new turn. */
  private void record(byte[] bytes, int length, boolean fromClient) {
    lock.lock();
    try {
      if (fromClient) {
        clientPackets.feed(bytes, 0, length);
        return;
      }
      if (clientPackets.packets() != turnClientPackets) {
        endTurn();
        turnClientPackets = clientPackets.packets();
      }
      turn.write(bytes, 0, length);
    } finally {
      lock.unlock();
    }
  }

  private void endTurn() {
    if (turn.size() > 0) {
      segments.add(new Conversation.Segment(turnClientPackets, turn.toByteArray()));
      turn.reset();
    }
  }
}
