package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * The server asks for a file's content to run {@code LOAD DATA LOCAL INFILE}. The client answers with
 * {@link LocalInfileData} parts and an empty part, or just the empty part to refuse.
 *
 * @param fileName the file the statement names; a client must check it is the one it expects
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_query_response_local_infile_request.html">LOCAL INFILE request</a>
 */
public record LocalInfileRequest(String fileName) {
  static final int HEADER = 0xFB;

  /**
   * Decodes a request from a payload, reading from its reader index. The file name is read in the
   * session's charset.
   *
   * @throws ProtocolException on another header
   */
  public static LocalInfileRequest decode(ByteBuf payload, Session session) {
    int header = Payload.readInt1(payload);
    if (header != HEADER) {
      throw new ProtocolException(
          "LOCAL INFILE request header: 0x" + Integer.toHexString(header) + " (expected: 0xfb)");
    }
    return new LocalInfileRequest(Payload.readRestString(payload, session.charset()));
  }
}
