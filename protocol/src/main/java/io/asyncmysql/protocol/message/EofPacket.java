package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.ServerStatus;
import io.netty.buffer.ByteBuf;

/**
 * {@code EOF_Packet}: the end of column definitions or rows, without {@code CLIENT_DEPRECATE_EOF}.
 *
 * @param warningCount the warnings of the command
 * @param statusFlags the server status, see {@link ServerStatus}
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_basic_eof_packet.html">EOF_Packet</a>
 */
public record EofPacket(int warningCount, int statusFlags) {
  static final int HEADER = 0xFE;
  /** An EOF packet is shorter than this; a longer payload with header 0xFE is something else. */
  static final int MAX_LENGTH_EXCLUSIVE = 9;

  /**
   * Decodes an EOF packet from a payload, reading from its reader index.
   *
   * @throws ProtocolException on another header, a payload of 9 bytes or more, or a truncated packet
   */
  public static EofPacket decode(ByteBuf payload) {
    if (payload.readableBytes() >= MAX_LENGTH_EXCLUSIVE) {
      throw new ProtocolException("EOF packet length: " + payload.readableBytes() + " (expected: < 9)");
    }
    int header = Payload.readInt1(payload);
    if (header != HEADER) {
      throw new ProtocolException("EOF packet header: 0x" + Integer.toHexString(header) + " (expected: 0xfe)");
    }
    int warningCount = Payload.readInt2(payload);
    return new EofPacket(warningCount, Payload.readInt2(payload));
  }
}
