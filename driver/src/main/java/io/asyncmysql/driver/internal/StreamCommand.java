package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.message.CommandMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;

/**
 * A text statement whose rows go to a {@link RowPublisher} as they arrive instead of into memory
 * (prepared statements stream through a {@link CursorStream}).
 */
final class StreamCommand extends Command<Void> {
  private final CommandMessage request;
  private final RowPublisher publisher;
  private final ResultReader reader;

  StreamCommand(CommandMessage request, RowPublisher publisher) {
    this.request = request;
    this.publisher = publisher;
    this.reader = new ResultReader(publisher, false);
    future.whenComplete((ignored, failure) -> {
      if (failure != null) {
        publisher.finish(Errors.unwrap(failure));
      }
    });
  }

  @Override
  ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection) {
    return ctx.write(request);
  }

  @Override
  boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    if (!reader.read(payload, connection)) {
      return false;
    }
    if (reader.error() != null) {
      fail(Errors.server(reader.error()));
    } else {
      publisher.finish(null);
      complete(null);
    }
    return true;
  }
}
