package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.netty.buffer.ByteBuf;

/** Where a {@link ResultReader} delivers a response: one call per result, row and end. */
interface ResultSink {
  /** A result set starts with these columns. */
  void columns(ColumnDefinition[] columns);

  /**
   * One row of the current result set, its payload in the text or binary protocol; the caller keeps
   * ownership of the buffer.
   */
  void row(ByteBuf payload, boolean binary);

  /**
   * The current result ended: for a result set, with the terminating packet's counts; for a statement
   * without one, with its OK packet.
   *
   * @param ok the counts and status of the end
   * @param more whether another result follows
   */
  void end(OkPacket ok, boolean more);
}
