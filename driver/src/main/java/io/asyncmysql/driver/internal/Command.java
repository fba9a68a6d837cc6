package io.asyncmysql.driver.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.CompletableFuture;

/**
 * One command and its response: what it writes, how it reads the packets that answer it, and the
 * future it completes. Commands run on the connection's event loop, one response at a time, in the
 * order they were written (see {@link CommandPipeline}).
 *
 * @param <T> the result type
 */
abstract class Command<T> {
  final CompletableFuture<T> future = new CompletableFuture<>();
  /** Whether the pipeline wrote the command; set on the event loop. */
  boolean sent;

  /** Writes the command's first message; the pipeline flushes. */
  abstract ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection);

  /**
   * Reads one packet of the response.
   *
   * @param payload the packet's payload, owned by the caller
   * @return whether the response is complete
   * @throws io.asyncmysql.protocol.ProtocolException when the packet does not fit the response
   */
  abstract boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection);

  /**
   * Whether the command can be written now; one that is not keeps its place in the queue, and the
   * commands behind it wait. Checked on the event loop each time the queue moves.
   */
  boolean ready() {
    return true;
  }

  /** Whether the server answers this command; a command it doesn't answer completes once written. */
  boolean expectsResponse() {
    return true;
  }

  /**
   * Whether no other command may be in flight with this one, because its exchange writes more than
   * one message (authentication, {@code LOAD DATA LOCAL}).
   */
  boolean exclusive() {
    return false;
  }

  /** Called when this command's response becomes the next one to arrive. */
  void awaitResponse(ConnectionContext connection) {
    connection.sequence.startResponse();
  }

  /** Completes a command the server does not answer, once it was written. */
  void written() {
    throw new IllegalStateException(getClass().getSimpleName() + " expects a response");
  }

  final void complete(T value) {
    future.complete(value);
  }

  final void fail(Throwable cause) {
    future.completeExceptionally(cause);
  }
}
