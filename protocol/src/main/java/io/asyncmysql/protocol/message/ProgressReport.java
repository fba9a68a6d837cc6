package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * A MariaDB progress report: an ERR packet with error code 0xFFFF, which a server with {@code
 * MARIADB_CLIENT_PROGRESS} may send any number of times while a long command runs, before the
 * command's real response.
 *
 * @param stage the current stage, from 1
 * @param maxStage the number of stages
 * @param progress the progress of the stage in thousandths of a percent, 0 to 100000
 * @param stageName what the server is doing
 * @see <a href="https://mariadb.com/kb/en/progress-reporting/#format-of-progress-packets">Format of
 *     progress packets</a>
 */
public record ProgressReport(int stage, int maxStage, int progress, String stageName) {
  /**
   * Decodes a progress report from a payload, reading from its reader index. The stage name is read
   * in the session's charset.
   *
   * @throws ProtocolException when the payload is not a progress report or is truncated
   */
  public static ProgressReport decode(ByteBuf payload, Session session) {
    int header = Payload.readInt1(payload);
    int errorCode = Payload.readInt2(payload);
    if (header != ErrPacket.HEADER || errorCode != ErrPacket.PROGRESS_REPORT_CODE) {
      throw new ProtocolException(
          "progress report header and error code: 0x"
              + Integer.toHexString(header)
              + ", 0x"
              + Integer.toHexString(errorCode)
              + " (expected: 0xff, 0xffff)");
    }
    Payload.skip(payload, 1); // the number of strings, reserved for extensions
    int stage = Payload.readInt1(payload);
    int maxStage = Payload.readInt1(payload);
    int progress = Payload.readInt3(payload);
    return new ProgressReport(stage, maxStage, progress, Payload.readLenEncString(payload, session.charset()));
  }
}
