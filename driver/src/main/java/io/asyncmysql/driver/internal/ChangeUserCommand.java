package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.protocol.message.ComChangeUser;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;

/**
 * {@code COM_CHANGE_USER}: logs in as another user on the same connection, which also resets the
 * session; the server's answer follows the same {@link AuthExchange} as the handshake.
 */
final class ChangeUserCommand extends Command<Void> {
  private final MySqlConnectOptions options;
  private final String user;
  private final String password;
  private final String database;
  private AuthExchange auth;

  ChangeUserCommand(MySqlConnectOptions options, String user, String password, String database) {
    this.options = options;
    this.user = user;
    this.password = password;
    this.database = database;
  }

  @Override
  boolean exclusive() {
    return true;
  }

  @Override
  ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection) {
    auth = new AuthExchange(options, password, AuthExchange.transport(options, options.unixSocket() != null, connection.tls()),
        connection.authPlugin());
    return ctx.write(new ComChangeUser(user, auth.initialResponse(connection.nonce()), database, connection.collationId(),
        auth.pluginName(), options.connectionAttributes()));
  }

  @Override
  boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    return auth.read(payload, ctx, connection, this);
  }
}
