package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_STMT_FETCH}: fetches rows from the cursor a prepared statement opened.
 *
 * @param statementId the statement id from {@link StmtPrepareOk}, as the bits of an unsigned int
 * @param rows the most rows to fetch, as the bits of an unsigned int
 */
public record ComStmtFetch(int statementId, int rows) implements CommandMessage {
  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.STMT_FETCH);
    Payload.writeInt4(out, statementId);
    Payload.writeInt4(out, rows);
  }
}
