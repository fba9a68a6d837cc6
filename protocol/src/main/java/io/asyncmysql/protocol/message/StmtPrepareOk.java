package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_STMT_PREPARE_OK}: a statement was prepared. Parameter definitions and then column
 * definitions follow when their counts are not 0.
 *
 * @param statementId the statement's id, as the bits of an unsigned int
 * @param columnCount the columns of the statement's result set, 0 for none
 * @param parameterCount the statement's {@code ?} placeholders
 * @param warningCount the warnings of the prepare; 0 when the packet has no such field
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_stmt_prepare.html#sect_protocol_com_stmt_prepare_response_ok">COM_STMT_PREPARE_OK</a>
 */
public record StmtPrepareOk(int statementId, int columnCount, int parameterCount, int warningCount) {
  private static final int HEADER = 0x00;

  /**
   * Decodes a prepare OK from a payload, reading from its reader index.
   *
   * @throws ProtocolException on another header or a truncated packet
   */
  public static StmtPrepareOk decode(ByteBuf payload) {
    int header = Payload.readInt1(payload);
    if (header != HEADER) {
      throw new ProtocolException(
          "COM_STMT_PREPARE_OK header: 0x" + Integer.toHexString(header) + " (expected: 0x0)");
    }
    int statementId = Payload.readInt4AsInt(payload);
    int columnCount = Payload.readInt2(payload);
    int parameterCount = Payload.readInt2(payload);
    Payload.skip(payload, 1);
    int warningCount = payload.isReadable() ? Payload.readInt2(payload) : 0;
    return new StmtPrepareOk(statementId, columnCount, parameterCount, warningCount);
  }
}
