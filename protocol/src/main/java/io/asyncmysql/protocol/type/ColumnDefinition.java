package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * One column of a result set, decoded from a {@code Protocol::ColumnDefinition41} payload.
 *
 * @param catalog the catalog, always {@code def}
 * @param schema the schema of the table, or empty
 * @param table the table alias, or empty
 * @param orgTable the physical table name, or empty
 * @param name the column alias
 * @param orgName the physical column name, or empty
 * @param collationId the collation of the column's values, {@link Collation#BINARY_ID} for bytes
 * @param columnLength the maximum length of the column's values, unsigned 32-bit
 * @param type the column type
 * @param flags the {@link ColumnFlags}
 * @param decimals the number of fractional digits of a DECIMAL or temporal column
 * @param extendedTypeName MariaDB's extended type name ({@code json}, {@code uuid}, {@code inet4},
 *     {@code point}...) or {@code null}
 * @param extendedFormat MariaDB's extended format name or {@code null}
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_query_response_text_resultset_column_definition.html">Column
 *     Definition</a>
 */
public record ColumnDefinition(
    String catalog,
    String schema,
    String table,
    String orgTable,
    String name,
    String orgName,
    int collationId,
    long columnLength,
    ColumnType type,
    int flags,
    int decimals,
    String extendedTypeName,
    String extendedFormat) {

  private static final int FIXED_FIELDS_LENGTH = 10;
  private static final int EXTENDED_TYPE_NAME = 0;
  private static final int EXTENDED_FORMAT = 1;

  /**
   * Decodes a column definition payload. Names are decoded in the session charset; MariaDB's extended
   * type info is read when {@link Capabilities#MARIADB_EXTENDED_TYPE_INFO} was negotiated.
   *
   * @throws ProtocolException when the payload is truncated or malformed
   */
  public static ColumnDefinition decode(ByteBuf payload, Session session) {
    Charset charset = session.charset();
    String catalog = Payload.readLenEncString(payload, charset);
    String schema = Payload.readLenEncString(payload, charset);
    String table = Payload.readLenEncString(payload, charset);
    String orgTable = Payload.readLenEncString(payload, charset);
    String name = Payload.readLenEncString(payload, charset);
    String orgName = Payload.readLenEncString(payload, charset);
    String extendedTypeName = null;
    String extendedFormat = null;
    if (session.has(Capabilities.MARIADB_EXTENDED_TYPE_INFO)) {
      ByteBuf info = payload.readSlice(Payload.readLenEncLength(payload));
      while (info.isReadable()) {
        int key = Payload.readInt1(info);
        String value = Payload.readLenEncString(info, StandardCharsets.US_ASCII);
        if (key == EXTENDED_TYPE_NAME) {
          extendedTypeName = value;
        } else if (key == EXTENDED_FORMAT) {
          extendedFormat = value;
        }
      }
    }
    int fixedLength = Payload.readLenEncLength(payload);
    if (fixedLength < FIXED_FIELDS_LENGTH) {
      throw new ProtocolException(
          "column definition: fixed fields of " + fixedLength + " bytes (expected: >= " + FIXED_FIELDS_LENGTH + ")");
    }
    int collationId = Payload.readInt2(payload);
    long columnLength = Payload.readInt4(payload);
    ColumnType type = ColumnType.of(Payload.readInt1(payload));
    int flags = Payload.readInt2(payload);
    int decimals = Payload.readInt1(payload);
    payload.skipBytes(fixedLength - FIXED_FIELDS_LENGTH);
    return new ColumnDefinition(
        catalog, schema, table, orgTable, name, orgName, collationId, columnLength, type, flags, decimals,
        extendedTypeName, extendedFormat);
  }

  /** Whether the column is numeric and UNSIGNED. */
  public boolean isUnsigned() {
    return ColumnFlags.has(flags, ColumnFlags.UNSIGNED);
  }

  /** Whether the column's values are bytes: the binary collation. */
  public boolean isBinary() {
    return collationId == Collation.BINARY_ID;
  }

  /** The Java charset of the column's values, see {@link Collations#charset(int)}. */
  public Charset charset() {
    return Collations.charset(collationId);
  }
}
