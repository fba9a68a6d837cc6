package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * The first packet of a result set: the number of columns. Under MariaDB's {@code
 * MARIADB_CLIENT_CACHE_METADATA} a byte follows that says whether the column definitions follow.
 *
 * @param count the number of columns, 1 to {@value #MAX_COLUMNS}
 * @param metadataFollows whether column definitions follow; always true without {@code
 *     MARIADB_CLIENT_CACHE_METADATA}
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_query_response_text_resultset.html">Text
 *     resultset</a>
 * @see <a href="https://mariadb.com/kb/en/result-set-packets/#column-count-packet">MariaDB column count packet</a>
 */
public record ColumnCount(int count, boolean metadataFollows) {
  /**
   * The most columns accepted. The protocol counts a prepared statement's columns in 2 bytes, and
   * servers allow far fewer (MySQL: 4096 per table); the limit keeps a forged count from sizing
   * arrays.
   */
  public static final int MAX_COLUMNS = 0xFFFF;

  /**
   * Decodes a column count from a payload, reading from its reader index.
   *
   * @throws ProtocolException on a count of 0 or more than {@value #MAX_COLUMNS}, or a malformed packet
   */
  public static ColumnCount decode(ByteBuf payload, Session session) {
    long count = Payload.readLenEncInt(payload);
    if (count < 1 || count > MAX_COLUMNS) {
      throw new ProtocolException("column count: " + Long.toUnsignedString(count) + " (expected: 1..65535)");
    }
    boolean metadataFollows = true;
    if (session.has(Capabilities.MARIADB_CACHE_METADATA)) {
      int follows = Payload.readInt1(payload);
      if (follows > 1) {
        throw new ProtocolException("column count metadata follows: " + follows + " (expected: 0 or 1)");
      }
      metadataFollows = follows == 1;
    }
    return new ColumnCount((int) count, metadataFollows);
  }
}
