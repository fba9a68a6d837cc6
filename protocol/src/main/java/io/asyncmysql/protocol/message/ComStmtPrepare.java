package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_STMT_PREPARE}: prepares a statement; the server answers with {@link StmtPrepareOk} or an
 * ERR packet.
 *
 * @param sql the statement text with {@code ?} placeholders, written in the session's charset
 */
public record ComStmtPrepare(String sql) implements CommandMessage {
  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.STMT_PREPARE);
    out.writeCharSequence(sql, session.charset());
  }
}
