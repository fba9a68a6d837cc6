package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.RowSet;
import io.asyncmysql.protocol.message.CommandMessage;
import io.asyncmysql.protocol.message.ComQuery;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;

/**
 * A statement and its complete result in memory: {@code COM_QUERY} (text protocol) or a prepared
 * statement's {@code COM_STMT_EXECUTE} (binary protocol).
 */
final class QueryCommand extends Command<RowSet> {
  private final CommandMessage request;
  private final RowSetBuilder rows;
  private final ResultReader reader;

  private QueryCommand(CommandMessage request, boolean binary, ConnectionContext connection) {
    this.request = request;
    this.rows = new RowSetBuilder(connection.decodeOptions);
    this.reader = new ResultReader(rows, binary);
  }

  /** A {@code COM_QUERY}. */
  static QueryCommand text(String sql, ConnectionContext connection) {
    return new QueryCommand(new ComQuery(sql), false, connection);
  }

  /** A {@code COM_STMT_EXECUTE}. */
  static QueryCommand binary(CommandMessage execute, ConnectionContext connection) {
    return new QueryCommand(execute, true, connection);
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
      complete(rows.build());
    }
    return true;
  }
}
