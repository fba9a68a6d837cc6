package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.message.CommandMessage;
import io.asyncmysql.protocol.message.ErrPacket;
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;

/**
 * A command the server answers with OK or ERR: {@code COM_PING}, {@code COM_INIT_DB}, {@code
 * COM_RESET_CONNECTION}, {@code COM_SET_OPTION}; or, with no answer at all, {@code COM_QUIT} and
 * {@code COM_STMT_CLOSE}.
 */
final class SimpleCommand extends Command<Void> {
  private final CommandMessage request;

  SimpleCommand(CommandMessage request) {
    this.request = request;
  }

  @Override
  ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection) {
    return ctx.write(request);
  }

  @Override
  boolean expectsResponse() {
    return request.expectsResponse();
  }

  @Override
  void written() {
    complete(null);
  }

  @Override
  boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    switch (ServerPacketKind.ofCommandResponse(payload, connection.session())) {
      case OK -> {
        connection.serverStatus(OkPacket.decode(payload, connection.session()).statusFlags());
        complete(null);
      }
      case ERR -> fail(Errors.server(ErrPacket.decode(payload, connection.session())));
      default -> throw new ProtocolException(request.getClass().getSimpleName() + " response: expected OK or ERR");
    }
    return true;
  }
}
