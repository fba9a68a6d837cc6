package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_STMT_CLOSE}: deallocates a prepared statement; the server sends no answer.
 *
 * @param statementId the statement id from {@link StmtPrepareOk}, as the bits of an unsigned int
 */
public record ComStmtClose(int statementId) implements CommandMessage {
  /** The server does not answer this command. */
  @Override
  public boolean expectsResponse() {
    return false;
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.STMT_CLOSE);
    Payload.writeInt4(out, statementId);
  }
}
