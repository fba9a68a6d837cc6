package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * {@code ERR_Packet}: a command failed. MariaDB's progress reports share its header; see {@link
 * ProgressReport}.
 *
 * @param errorCode the server error number
 * @param sqlState the SQLSTATE, or {@value #GENERAL_ERROR} when the packet has none (an error sent
 *     before the 4.1 protocol was negotiated)
 * @param message the error message
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_basic_err_packet.html">ERR_Packet</a>
 */
public record ErrPacket(int errorCode, String sqlState, String message) {
  /** The SQLSTATE for a general error, {@code HY000}. */
  public static final String GENERAL_ERROR = "HY000";

  static final int HEADER = 0xFF;
  static final int PROGRESS_REPORT_CODE = 0xFFFF;
  private static final byte SQL_STATE_MARKER = '#';
  private static final int SQL_STATE_LENGTH = 5;

  /**
   * Decodes an ERR packet from a payload, reading from its reader index. The message is read in the
   * session's charset.
   *
   * @throws ProtocolException on another header, a progress report or a truncated packet
   */
  public static ErrPacket decode(ByteBuf payload, Session session) {
    int header = Payload.readInt1(payload);
    if (header != HEADER) {
      throw new ProtocolException("ERR packet header: 0x" + Integer.toHexString(header) + " (expected: 0xff)");
    }
    int errorCode = Payload.readInt2(payload);
    if (errorCode == PROGRESS_REPORT_CODE) {
      throw new ProtocolException("ERR packet error code: 0xffff (expected: not a progress report)");
    }
    String sqlState = GENERAL_ERROR;
    if (payload.isReadable() && payload.getByte(payload.readerIndex()) == SQL_STATE_MARKER) {
      Payload.skip(payload, 1);
      sqlState = Payload.readFixedString(payload, SQL_STATE_LENGTH, StandardCharsets.US_ASCII);
    }
    return new ErrPacket(errorCode, sqlState, Payload.readRestString(payload, session.charset()));
  }
}
