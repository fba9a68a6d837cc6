package io.asyncmysql.benchmarks;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ColumnFlags;
import io.asyncmysql.protocol.type.ColumnType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The row every benchmark decodes, in both protocols: INT, BIGINT, VARCHAR, DECIMAL, DATETIME,
 * DOUBLE, DATE, TINYINT, TEXT and BIGINT UNSIGNED, none NULL.
 */
final class Rows {
  static final int COLUMNS = 10;
  static final int RESULT_ROWS = 1_000;

  private static final int BINARY = 63;
  private static final int UTF8MB4 = 45;
  private static final String TEXT =
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.";

  /** Each column: its type, flags, collation, and the value's text. */
  private record Column(ColumnType type, int flags, int collationId, String text) {}

  private static final List<Column> ROW =
      List.of(
          new Column(ColumnType.LONG, 0, BINARY, "123456"),
          new Column(ColumnType.LONGLONG, 0, BINARY, "9876543210123"),
          new Column(ColumnType.VAR_STRING, 0, UTF8MB4, "The quick brown fox"),
          new Column(ColumnType.NEWDECIMAL, 0, BINARY, "12345.67"),
          new Column(ColumnType.DATETIME, ColumnFlags.BINARY, BINARY, "2024-02-29 13:45:07"),
          new Column(ColumnType.DOUBLE, 0, BINARY, "3.141592653589793"),
          new Column(ColumnType.DATE, ColumnFlags.BINARY, BINARY, "2024-02-29"),
          new Column(ColumnType.TINY, 0, BINARY, "1"),
          new Column(ColumnType.BLOB, ColumnFlags.BLOB, UTF8MB4, TEXT),
          new Column(ColumnType.LONGLONG, ColumnFlags.UNSIGNED, BINARY, "18446744073709551615"));

  private Rows() {}

  /** The columns as asyncmysql decodes them. */
  static ColumnDefinition[] columns() {
    return ROW.stream()
        .map(c -> new ColumnDefinition("def", "bench", "t", "t", "c", "c", c.collationId(), 0, c.type(), c.flags(), 0, null, null))
        .toArray(ColumnDefinition[]::new);
  }

  /** The columns as Vert.x decodes them: the same type ids, collations and flags. */
  static io.vertx.mysqlclient.impl.protocol.ColumnDefinition[] vertxColumns() {
    return ROW.stream()
        .map(c -> new io.vertx.mysqlclient.impl.protocol.ColumnDefinition(
            "c", c.collationId(),
            io.vertx.mysqlclient.impl.datatype.DataType.parseDataType((short) c.type().id(), c.collationId(), c.flags()),
            c.flags()))
        .toArray(io.vertx.mysqlclient.impl.protocol.ColumnDefinition[]::new);
  }

  /** The text-protocol row payload. */
  static byte[] textRow() {
    ByteBuf row = Unpooled.buffer();
    for (Column column : ROW) {
      Payload.writeLenEncString(row, column.text(), StandardCharsets.UTF_8);
    }
    return bytes(row);
  }

  /** The binary-protocol row payload: header, empty NULL bitmap, the values. */
  static byte[] binaryRow() {
    ByteBuf row = Unpooled.buffer();
    row.writeByte(0).writeZero((COLUMNS + 2 + 7) / 8);
    row.writeIntLE(123456);
    row.writeLongLE(9876543210123L);
    Payload.writeLenEncString(row, "The quick brown fox", StandardCharsets.UTF_8);
    Payload.writeLenEncString(row, "12345.67", StandardCharsets.UTF_8);
    row.writeByte(7).writeShortLE(2024).writeByte(2).writeByte(29).writeByte(13).writeByte(45).writeByte(7);
    row.writeLongLE(Double.doubleToLongBits(3.141592653589793));
    row.writeByte(4).writeShortLE(2024).writeByte(2).writeByte(29);
    row.writeByte(1);
    Payload.writeLenEncString(row, TEXT, StandardCharsets.UTF_8);
    row.writeLongLE(-1L);
    return bytes(row);
  }

  /** {@link #RESULT_ROWS} text rows as packets with sequence ids from 0, as they come off the socket. */
  static byte[] textResultWire() {
    byte[] row = textRow();
    ByteBuf wire = Unpooled.buffer();
    for (int i = 0; i < RESULT_ROWS; i++) {
      wire.writeMediumLE(row.length).writeByte(i).writeBytes(row);
    }
    return bytes(wire);
  }

  private static byte[] bytes(ByteBuf buffer) {
    try {
      return ByteBufUtil.getBytes(buffer);
    } finally {
      buffer.release();
    }
  }
}
