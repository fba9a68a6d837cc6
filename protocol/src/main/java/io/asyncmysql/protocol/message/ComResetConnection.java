package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_RESET_CONNECTION}: resets the session (variables, temporary tables, prepared statements,
 * transaction) without re-authenticating.
 */
public enum ComResetConnection implements CommandMessage {
  /** The one instance. */
  INSTANCE;

  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.RESET_CONNECTION);
  }
}
