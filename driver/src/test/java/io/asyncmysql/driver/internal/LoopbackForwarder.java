package io.asyncmysql.driver.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards connections from another loopback address (e.g. 127.0.0.2) to the test server, so a
 * client can reach the server under a name its certificate does not carry.
 */
final class LoopbackForwarder implements AutoCloseable {
  private final ServerSocket listener;

  LoopbackForwarder(String listenAddress, String targetHost, int targetPort) {
    try {
      listener = new ServerSocket(0, 50, InetAddress.getByName(listenAddress));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().start(() -> {
      while (!listener.isClosed()) {
        try {
          Socket client = listener.accept();
          Socket server = new Socket();
          server.connect(new InetSocketAddress(targetHost, targetPort));
          pipe(client, server);
          pipe(server, client);
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  int port() {
    return listener.getLocalPort();
  }

  private static void pipe(Socket from, Socket to) {
    Thread.ofVirtual().start(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException ignored) {
        // One side closed: close both below.
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    });
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Nothing more to release.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
