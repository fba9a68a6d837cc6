package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * A packet payload the client sends. Each message writes only its payload; the packet encoder adds
 * the header, the sequence id and the 16 MiB splitting.
 */
public interface ClientMessage {
  /**
   * Writes this message's payload.
   *
   * @param out the buffer to write to
   * @param session the negotiated connection facts
   */
  void encode(ByteBuf out, Session session);
}
