package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.message.ComStmtPrepare;
import io.asyncmysql.protocol.message.ErrPacket;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.asyncmysql.protocol.message.StmtPrepareOk;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;

/**
 * {@code COM_STMT_PREPARE}: the server answers with the statement id and counts, then the parameter
 * definitions and the column definitions, each list followed by an EOF packet unless {@code
 * DEPRECATE_EOF} was negotiated.
 */
final class PrepareCommand extends Command<PreparedStatement> {
  private final String sql;
  private StmtPrepareOk ok;
  private ColumnDefinition[] parameters;
  private ColumnDefinition[] columns;
  private int read;
  private boolean eofPending;

  PrepareCommand(String sql) {
    this.sql = sql;
  }

  @Override
  ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection) {
    return ctx.write(new ComStmtPrepare(sql));
  }

  @Override
  boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    boolean withEof = !connection.session().has(Capabilities.DEPRECATE_EOF);
    if (ok == null) {
      if (ServerPacketKind.ofCommandResponse(payload, connection.session()) == ServerPacketKind.ERR) {
        fail(Errors.server(ErrPacket.decode(payload, connection.session())));
        return true;
      }
      ok = StmtPrepareOk.decode(payload);
      parameters = new ColumnDefinition[ok.parameterCount()];
      columns = new ColumnDefinition[ok.columnCount()];
      return finishIfComplete();
    }
    if (eofPending) {
      if (ServerPacketKind.ofRow(payload, connection.session()) != ServerPacketKind.EOF) {
        throw new ProtocolException("prepare response: expected EOF after the definitions");
      }
      eofPending = false;
      return finishIfComplete();
    }
    ColumnDefinition definition = ColumnDefinition.decode(payload, connection.session());
    if (read < parameters.length) {
      parameters[read++] = definition;
      eofPending = withEof && read == parameters.length;
    } else {
      columns[read++ - parameters.length] = definition;
      eofPending = withEof && read == parameters.length + columns.length;
    }
    return finishIfComplete();
  }

  private boolean finishIfComplete() {
    if (eofPending || read < parameters.length + columns.length) {
      return false;
    }
    complete(new PreparedStatement(ok.statementId(), parameters, columns));
    return true;
  }
}
