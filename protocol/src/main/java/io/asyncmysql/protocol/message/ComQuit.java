package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/** {@code COM_QUIT}: asks the server to close the connection; it answers with nothing or an ERR packet. */
public enum ComQuit implements CommandMessage {
  /** The one instance. */
  INSTANCE;

  /** The server does not answer this command. */
  @Override
  public boolean expectsResponse() {
    return false;
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.QUIT);
  }
}
