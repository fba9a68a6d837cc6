package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_INIT_DB}: changes the default database.
 *
 * @param database the database name, written in the session's charset
 */
public record ComInitDb(String database) implements CommandMessage {
  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.INIT_DB);
    out.writeCharSequence(database, session.charset());
  }
}
