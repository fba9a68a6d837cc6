package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_SET_OPTION}: switches multi-statements on ({@code MYSQL_OPTION_MULTI_STATEMENTS_ON}, 0)
 * or off (1). The server answers with an EOF packet, or an OK packet with header 0xFE under {@code
 * CLIENT_DEPRECATE_EOF}.
 *
 * @param multiStatements whether several statements may share a {@code COM_QUERY}
 */
public record ComSetOption(boolean multiStatements) implements CommandMessage {
  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.SET_OPTION);
    Payload.writeInt2(out, multiStatements ? 0 : 1);
  }
}
