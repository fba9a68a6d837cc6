package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlSecurityException;
import io.asyncmysql.driver.RowSet;
import io.asyncmysql.protocol.ServerStatus;
import io.asyncmysql.protocol.message.CommandMessage;
import io.asyncmysql.protocol.message.ComQuery;
import io.asyncmysql.protocol.message.LocalInfileRequest;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A statement and its complete result in memory: {@code COM_QUERY} (text protocol) or a prepared
 * statement's {@code COM_STMT_EXECUTE} (binary protocol).
 */
final class QueryCommand extends Command<RowSet> {
  private CommandMessage request;
  private final String sql;
  private final boolean exclusive;
  private final RowSetBuilder rows;
  private final ResultReader reader;
  private MySqlSecurityException refusal;

  private QueryCommand(CommandMessage request, String sql, boolean binary, ConnectionContext connection) {
    this.request = request;
    this.sql = sql;
    this.exclusive = sql != null && connection.options.allowLocalInfile();
    this.rows = new RowSetBuilder(connection.decodeOptions, connection.columns);
    this.reader = new ResultReader(rows, binary);
  }

  /** A {@code COM_QUERY}. */
  static QueryCommand text(String sql, ConnectionContext connection) {
    return new QueryCommand(new ComQuery(sql), sql, false, connection);
  }

  /**
   * An execution ({@code COM_STMT_EXECUTE} or {@code COM_STMT_BULK_EXECUTE}) of a statement that may
   * still be being prepared. The command takes its place in the queue at once, so it runs in the
   * order it was issued, and waits there until the statement is prepared; it fails without being sent
   * when the preparation fails or {@code execution} throws an {@link IllegalArgumentException} (a
   * wrong parameter count, a parameter of a type the protocol cannot send).
   */
  static QueryCommand prepared(
      CompletableFuture<PreparedStatement> statement, Function<PreparedStatement, CommandMessage> execution, ConnectionContext connection) {
    QueryCommand command = new QueryCommand(null, null, true, connection);
    statement.whenComplete((prepared, failure) -> {
      if (failure != null) {
        command.fail(Errors.unwrap(failure));
        return;
      }
      try {
        command.request = execution.apply(prepared);
      } catch (IllegalArgumentException e) {
        command.fail(e);
      }
    });
    return command;
  }

  @Override
  boolean ready() {
    return request != null || future.isDone();
  }

  /**
   * With {@code allowLocalInfile} any text statement may turn into a file upload, whose data packets
   * must not be interleaved with pipelined commands.
   */
  @Override
  boolean exclusive() {
    return exclusive;
  }

  @Override
  ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection) {
    return ctx.write(request);
  }

  @Override
  boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    if (reader.awaitsFirstPacket() && ServerPacketKind.ofCommandResponse(payload, connection.session()) == ServerPacketKind.LOCAL_INFILE_REQUEST) {
      String fileName = LocalInfileRequest.decode(payload, connection.session()).fileName();
      boolean noBackslashEscapes = ServerStatus.noBackslashEscapes(connection.serverStatus());
      refusal = LocalInfile.answer(ctx, connection.options, sql == null ? "" : sql, noBackslashEscapes, fileName);
      return false;
    }
    if (!reader.read(payload, connection)) {
      return false;
    }
    if (refusal != null) {
      fail(refusal);
      ctx.close();
    } else if (reader.error() != null) {
      fail(Errors.server(reader.error()));
    } else {
      complete(rows.build());
    }
    return true;
  }
}
