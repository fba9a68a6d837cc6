package io.asyncmysql.protocol.type;

import static io.asyncmysql.protocol.type.Fixtures.assertEveryTruncationFails;
import static io.asyncmysql.protocol.type.Fixtures.hex;
import static io.asyncmysql.protocol.type.Fixtures.withBuffer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ColumnDefinitionTest {
  /** The column of {@code SELECT @@version_comment} from the COM_QUERY response example of the MySQL docs. */
  private static final String VERSION_COMMENT =
      "03 646566 00 00 00 11 404076657273696f6e5f636f6d6d656e74 00 0c 0800 1c000000 fd 0000 1f 0000";

  /** {@code id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY} of {@code test.t}. */
  private static final String TABLE_COLUMN =
      "03 646566 04 74657374 01 74 01 74 02 6964 02 6964 0c 3f00 0a000000 03 2342 00 0000";

  private static final Session MYSQL = Session.INITIAL;
  private static final Session MARIADB =
      new Session(Capabilities.MARIADB_EXTENDED_TYPE_INFO, StandardCharsets.UTF_8, 1 << 24, true);

  @Test
  void decodesTheDocumentationExample() {
    ColumnDefinition column = decode(VERSION_COMMENT, MYSQL);
    assertEquals(
        new ColumnDefinition(
            "def", "", "", "", "@@version_comment", "", 8, 28, ColumnType.VAR_STRING, 0, 0x1f, null, null),
        column);
    assertEquals(StandardCharsets.UTF_8, Collations.charset(Collations.UTF8MB4_GENERAL_CI));
    assertFalse(column.isBinary());
  }

  @Test
  void decodesATableColumnWithFlags() {
    ColumnDefinition column = decode(TABLE_COLUMN, MYSQL);
    assertEquals("test", column.schema());
    assertEquals("t", column.table());
    assertEquals("t", column.orgTable());
    assertEquals("id", column.name());
    assertEquals("id", column.orgName());
    assertEquals(ColumnType.LONG, column.type());
    assertEquals(10, column.columnLength());
    assertEquals(0x4223, column.flags());
    assertTrue(column.isUnsigned());
    assertTrue(column.isBinary());
    assertTrue(ColumnFlags.has(column.flags(), ColumnFlags.PRI_KEY | ColumnFlags.AUTO_INCREMENT | ColumnFlags.NOT_NULL));
  }

  @Test
  void columnLengthIsUnsigned32Bit() {
    ColumnDefinition column =
        decode("03 646566 00 00 00 01 62 00 0c 3f00 ffffffff fb 9000 00 0000", MYSQL);
    assertEquals(0xFFFF_FFFFL, column.columnLength());
    assertEquals(ColumnType.LONG_BLOB, column.type());
  }

  @Test
  void decodesMariaDbExtendedTypeInfo() {
    ColumnDefinition column =
        decode("03 646566 00 00 00 01 6a 00 0e 00046a736f6e 0106666f726d6174 0c 2d00 ffffffff fc 1000 00 0000", MARIADB);
    assertEquals("j", column.name());
    assertEquals("json", column.extendedTypeName());
    assertEquals("format", column.extendedFormat());
    assertEquals(ColumnType.BLOB, column.type());
  }

  @Test
  void skipsUnknownExtendedKeysAndAcceptsEmptyInfo() {
    ColumnDefinition column =
        decode("03 646566 00 00 00 01 75 00 09 020161 000475756964 0c 2d00 24000000 fe 0000 00 0000", MARIADB);
    assertEquals("uuid", column.extendedTypeName());
    ColumnDefinition plain = decode("03 646566 00 00 00 01 75 00 00 0c 2d00 24000000 fe 0000 00 0000", MARIADB);
    assertNull(plain.extendedTypeName());
    assertNull(plain.extendedFormat());
  }

  @Test
  void extendedInfoIsReadOnlyWhenNegotiated() {
    assertThrows(
        ProtocolException.class,
        () -> decode("03 646566 00 00 00 01 6a 00 06 00046a736f6e 0c 2d00 ffffffff fc 1000 00 0000", MYSQL));
  }

  @Test
  void everyTruncationFails() {
    assertEveryTruncationFails(hex(VERSION_COMMENT), buf -> ColumnDefinition.decode(buf, MYSQL));
    assertEveryTruncationFails(hex(TABLE_COLUMN), buf -> ColumnDefinition.decode(buf, MYSQL));
    assertEveryTruncationFails(
        hex("03 646566 00 00 00 01 6a 00 06 00046a736f6e 0c 2d00 ffffffff fc 1000 00 0000"),
        buf -> ColumnDefinition.decode(buf, MARIADB));
  }

  @Test
  void forgedLengthsFail() {
    assertThrows(ProtocolException.class, () -> decode("03 646566 00 00 00 fe ffffffffffffff7f 00", MYSQL));
    assertThrows(ProtocolException.class, () -> decode("03 646566 00 00 00 fd ffffff 00", MYSQL));
    assertThrows(ProtocolException.class, () -> decode("03 646566 00 00 00 01 62 00 fe 0000000000000080", MYSQL));
    assertThrows(
        ProtocolException.class, () -> decode("03 646566 00 00 00 01 62 00 fc ffff 0c 3f00 00000000 03 0000 00 0000", MARIADB));
    assertThrows(ProtocolException.class, () -> decode("03 646566 00 00 00 01 62 00 03 0004ff 0c 3f00", MARIADB));
  }

  @Test
  void fixedFieldsShorterThanTenBytesFail() {
    assertThrows(ProtocolException.class, () -> decode("03 646566 00 00 00 01 62 00 08 3f00 00000000 03 0000", MYSQL));
  }

  @Test
  void unknownTypeFails() {
    assertThrows(ProtocolException.class, () -> decode("03 646566 00 00 00 01 62 00 0c 3f00 00000000 15 0000 00 0000", MYSQL));
  }

  private static ColumnDefinition decode(String hex, Session session) {
    return withBuffer(hex(hex), buf -> ColumnDefinition.decode(buf, session));
  }
}
