package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_STMT_RESET}: discards a prepared statement's long data and closes its cursor; the server
 * answers with an OK or ERR packet.
 *
 * @param statementId the statement id from {@link StmtPrepareOk}, as the bits of an unsigned int
 */
public record ComStmtReset(int statementId) implements CommandMessage {
  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.STMT_RESET);
    Payload.writeInt4(out, statementId);
  }
}
