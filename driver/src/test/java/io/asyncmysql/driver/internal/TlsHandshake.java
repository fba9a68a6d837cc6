package io.asyncmysql.driver.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;

/**
 * Runs a TLS handshake between a client and a server {@link SslHandler} in memory: each sits in an
 * {@link EmbeddedChannel}, and the bytes one writes are fed to the other until neither has more; a
 * side that closes its channel closes the other's, as TCP would.
 */
final class TlsHandshake {
  /**
   * The outcome on both sides.
   *
   * @param client the client's handshake future, done
   * @param server the server's handshake future, done
   */
  record Outcome(Future<?> client, Future<?> server) {}

  private TlsHandshake() {}

  /** Runs the handshake to its end and releases every buffer and both channels. */
  static Outcome run(SslHandler client, SslHandler server) {
    EmbeddedChannel serverChannel = new EmbeddedChannel(server, new IgnoreFailures());
    EmbeddedChannel clientChannel = new EmbeddedChannel(client, new IgnoreFailures());
    try {
      boolean moved;
      do {
        moved = transfer(clientChannel, serverChannel) | transfer(serverChannel, clientChannel)
            || closeAfter(clientChannel, serverChannel)
            || closeAfter(serverChannel, clientChannel);
      } while (moved);
      if (!client.handshakeFuture().isDone() || !server.handshakeFuture().isDone()) {
        throw new AssertionError("the handshake stalled: client " + client.handshakeFuture() + ", server " + server.handshakeFuture());
      }
      return new Outcome(client.handshakeFuture(), server.handshakeFuture());
    } finally {
      clientChannel.finishAndReleaseAll();
      serverChannel.finishAndReleaseAll();
    }
  }

  private static boolean transfer(EmbeddedChannel from, EmbeddedChannel to) {
    boolean moved = false;
    for (ByteBuf bytes; (bytes = from.readOutbound()) != null; moved = true) {
      if (to.isOpen()) {
        to.writeInbound(bytes);
      } else {
        bytes.release();
      }
    }
    return moved;
  }

  /** Closes {@code to} when {@code from} has closed, as TCP would tell the peer; true if it did. */
  private static boolean closeAfter(EmbeddedChannel from, EmbeddedChannel to) {
    if (from.isOpen() || !to.isOpen()) {
      return false;
    }
    to.close();
    return true;
  }

  /** Keeps a handshake failure from being rethrown by the channel; the handshake future has it. */
  private static final class IgnoreFailures extends ChannelInboundHandlerAdapter {
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {}
  }
}
