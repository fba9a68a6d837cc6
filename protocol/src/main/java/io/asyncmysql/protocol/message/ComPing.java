package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/** {@code COM_PING}: checks that the server is alive; the server answers with an OK packet. */
public enum ComPing implements CommandMessage {
  /** The one instance. */
  INSTANCE;

  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.PING);
  }
}
