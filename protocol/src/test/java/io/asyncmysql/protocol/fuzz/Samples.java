package io.asyncmysql.protocol.fuzz;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.type.Collation;
import io.asyncmysql.protocol.type.Collations;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ColumnFlags;
import io.asyncmysql.protocol.type.ColumnType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns of every type with valid cells in the text and the binary protocol, and the encoders that
 * build rows and column definitions from them: the seeds of the type decoders.
 */
final class Samples {
  private static final int UTF8MB4 = Collations.UTF8MB4_GENERAL_CI;
  private static final int BINARY = Collation.BINARY_ID;
  private static final int LATIN1 = 8;
  private static final int UTF16 = 54;
  private static final int UNSIGNED = ColumnFlags.UNSIGNED;

  /**
   * A column and valid cells for it.
   *
   * @param column the column definition
   * @param texts cells of the text protocol
   * @param binaries cells of the binary protocol, without their length prefix
   */
  record Sample(ColumnDefinition column, List<byte[]> texts, List<byte[]> binaries) {}

  static final List<Sample> ALL =
      List.of(
          numeric(ColumnType.TINY, 0, List.of("127", "-128", "0"), "7f", "80"),
          numeric(ColumnType.TINY, UNSIGNED, List.of("255"), "ff"),
          numeric(ColumnType.BOOL, 0, List.of("1"), "01"),
          numeric(ColumnType.SHORT, 0, List.of("-32768", "12345"), "0080", "3930"),
          numeric(ColumnType.SHORT, UNSIGNED, List.of("65535"), "ffff"),
          numeric(ColumnType.YEAR, UNSIGNED, List.of("2024", "0"), "e807", "0000"),
          numeric(ColumnType.INT24, 0, List.of("-8388608", "8388607"), "000080ff", "ffff7f00"),
          numeric(ColumnType.LONG, 0, List.of("-2147483648", "2147483647"), "00000080", "ffffff7f"),
          numeric(ColumnType.LONG, UNSIGNED, List.of("4294967295"), "ffffffff"),
          numeric(
              ColumnType.LONGLONG, 0, List.of("-9223372036854775808", "9223372036854775807"), "0000000000000080",
              "ffffffffffffff7f"),
          numeric(ColumnType.LONGLONG, UNSIGNED, List.of("18446744073709551615", "0"), "ffffffffffffffff", "0000000000000000"),
          numeric(ColumnType.FLOAT, 0, List.of("3.14", "-1.5E10", "1e39"), "c3f54840", "0000807f"),
          numeric(
              ColumnType.DOUBLE, 0, List.of("2.718281828459045", "1.7976931348623157E308", "-0"), "000000000000f03f",
              "ffffffffffffef7f", "000000000000f87f"),
          // The exponents are forged: no server sends them, and they must not expand into a billion digits.
          strings(
              column(ColumnType.NEWDECIMAL, 0, BINARY, 67, 2),
              "123.45", "-0.000001", "99999999999999999999999999999999999999999999999999999999999999999",
              "1E+999999999", "1E-999999999"),
          strings(column(ColumnType.DECIMAL, 0, BINARY, 5, 1), "1.5"),
          temporal(ColumnType.DATE, 0, List.of("2024-02-29", "0000-00-00", "9999-12-31"), "e807021d", "", "0f270c1f", "00000000"),
          temporal(ColumnType.NEWDATE, 0, List.of("2024-02-29"), "e807021d"),
          temporal(ColumnType.DATETIME, 0, List.of("2024-02-29 23:59:59", "0000-00-00 00:00:00"), "e807021d173b3b", ""),
          temporal(ColumnType.DATETIME, 6, List.of("2024-02-29 23:59:59.123456"), "e807021d173b3b40e20100"),
          temporal(ColumnType.TIMESTAMP, 3, List.of("1970-01-01 00:00:00.500"), "b207010100000020a10700"),
          temporal(ColumnType.DATETIME2, 0, List.of("2024-02-29 23:59:59"), "e807021d173b3b"),
          temporal(ColumnType.TIMESTAMP2, 0, List.of("2024-02-29 23:59:59"), "e807021d173b3b"),
          temporal(ColumnType.TIME, 0, List.of("838:59:59", "-00:00:01", "00:00:00"), "0022000000163b3b", "0100000000000001", ""),
          temporal(ColumnType.TIME, 6, List.of("-838:59:59.000001", "12:34:56.789"), "0122000000163b3b01000000"),
          temporal(ColumnType.TIME2, 0, List.of("12:34:56"), "00000000000c2238"),
          bytes(column(ColumnType.BIT, UNSIGNED, BINARY, 1, 0), "01", "00"),
          bytes(column(ColumnType.BIT, UNSIGNED, BINARY, 64, 0), "0102030405060708", "ff"),
          strings(
              column(ColumnType.VARCHAR, 0, UTF8MB4, 255, 0),
              "hello", "", "héllo", "a,b,c", "123e4567-e89b-12d3-a456-426614174000", "true", "12345678901234567890",
              "1e3", "2024-01-01 00:00:00", "12:00:00", "-1.5", "2024"),
          strings(column(ColumnType.VAR_STRING, 0, UTF8MB4, 255, 0), "x", "18446744073709551616"),
          bytes(column(ColumnType.VAR_STRING, ColumnFlags.BINARY, BINARY, 255, 0), "00ff10", ""),
          bytes(column(ColumnType.STRING, 0, LATIN1, 10, 0), "636166e9"),
          bytes(column(ColumnType.STRING, 0, UTF16, 10, 0), "00680069", "d800"),
          strings(column(ColumnType.STRING, ColumnFlags.ENUM, UTF8MB4, 1, 0), "x"),
          strings(column(ColumnType.STRING, ColumnFlags.SET, UTF8MB4, 3, 0), "a,b", ""),
          strings(column(ColumnType.ENUM, 0, UTF8MB4, 1, 0), "y"),
          strings(column(ColumnType.SET, 0, UTF8MB4, 3, 0), "a"),
          strings(column(ColumnType.JSON, ColumnFlags.BINARY, BINARY, 0xFFFFFFFFL, 0), "{\"a\":[1,2]}", "null"),
          bytes(column(ColumnType.BLOB, ColumnFlags.BLOB | ColumnFlags.BINARY, BINARY, 65535, 0), "00ff"),
          strings(column(ColumnType.BLOB, ColumnFlags.BLOB, UTF8MB4, 65535, 0), "a text"),
          bytes(column(ColumnType.TINY_BLOB, ColumnFlags.BLOB, BINARY, 255, 0), "01"),
          bytes(column(ColumnType.MEDIUM_BLOB, ColumnFlags.BLOB, BINARY, 0xFFFFFF, 0), "02"),
          strings(column(ColumnType.LONG_BLOB, ColumnFlags.BLOB, UTF8MB4, 0xFFFFFFFFL, 0), "long text"),
          bytes(
              column(ColumnType.GEOMETRY, ColumnFlags.BLOB | ColumnFlags.BINARY, BINARY, 0xFFFFFFFFL, 0),
              "000000000101000000000000000000f03f0000000000000040"),
          bytes(column(ColumnType.VECTOR, ColumnFlags.BINARY, BINARY, 8, 0), "0000803f00000040", ""),
          bytes(column(ColumnType.NULL, 0, BINARY, 0, 0), ""),
          strings(column(ColumnType.TYPED_ARRAY, 0, BINARY, 0, 0), "[1]"),
          strings(column(ColumnType.VARCHAR_COMPRESSED, 0, UTF8MB4, 10, 0), "compressed"),
          bytes(column(ColumnType.BLOB_COMPRESSED, 0, BINARY, 10, 0), "0102"),
          strings(column(ColumnType.INVALID, 0, UTF8MB4, 1, 0), "?"),
          strings(column(ColumnType.VARCHAR, 0, 0, 10, 0), "no collation"),
          strings(column(ColumnType.VARCHAR, 0, 9999, 10, 0), "unknown collation"));

  /** The benchmark row's columns: INT, BIGINT, VARCHAR, DECIMAL, DATETIME, DOUBLE, DATE, TINYINT, TEXT, BIGINT UNSIGNED. */
  static final List<ColumnDefinition> TEN_COLUMNS =
      List.of(
          column(ColumnType.LONG, 0, BINARY, 11, 0),
          column(ColumnType.LONGLONG, 0, BINARY, 20, 0),
          column(ColumnType.VAR_STRING, 0, UTF8MB4, 255, 0),
          column(ColumnType.NEWDECIMAL, 0, BINARY, 67, 2),
          column(ColumnType.DATETIME, 0, BINARY, 19, 0),
          column(ColumnType.DOUBLE, 0, BINARY, 22, 31),
          column(ColumnType.DATE, 0, BINARY, 10, 0),
          column(ColumnType.TINY, 0, BINARY, 4, 0),
          column(ColumnType.BLOB, ColumnFlags.BLOB, UTF8MB4, 65535, 0),
          column(ColumnType.LONGLONG, UNSIGNED, BINARY, 20, 0));

  private Samples() {}

  static ColumnDefinition column(ColumnType type, int flags, int collationId, long length, int decimals) {
    return new ColumnDefinition("def", "test", "t", "t", "c", "c", collationId, length, type, flags, decimals, null, null);
  }

  /** A text-protocol row: a length-encoded string per cell, 0xFB for {@code null}. */
  static byte[] textRow(List<byte[]> cells) {
    ByteBuf row = Unpooled.buffer();
    try {
      for (byte[] cell : cells) {
        if (cell == null) {
          row.writeByte(Payload.NULL_MARKER);
        } else {
          Payload.writeLenEncBytes(row, cell);
        }
      }
      return ByteBufUtil.getBytes(row);
    } finally {
      row.release();
    }
  }

  /** A binary-protocol row: header, NULL bitmap from bit 2, each non-NULL cell with its prefix. */
  static byte[] binaryRow(List<ColumnDefinition> columns, List<byte[]> cells) {
    ByteBuf row = Unpooled.buffer();
    try {
      row.writeByte(0);
      byte[] bitmap = new byte[(columns.size() + 2 + 7) / 8];
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i) == null) {
          bitmap[(i + 2) / 8] |= (byte) (1 << (i + 2) % 8);
        }
      }
      row.writeBytes(bitmap);
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i) != null) {
          writeBinaryCell(row, columns.get(i).type(), cells.get(i));
        }
      }
      return ByteBufUtil.getBytes(row);
    } finally {
      row.release();
    }
  }

  /** A one-cell binary row: the cell with the prefix its type takes, whatever its length. */
  static byte[] binaryRow(ColumnType type, byte[] cell) {
    return binaryRow(List.of(Samples.column(type, 0, BINARY, 0, 0)), List.of(cell));
  }

  private static void writeBinaryCell(ByteBuf row, ColumnType type, byte[] cell) {
    switch (type) {
      case NULL, TINY, BOOL, SHORT, YEAR, INT24, LONG, FLOAT, LONGLONG, DOUBLE -> row.writeBytes(cell);
      case DATE, NEWDATE, DATETIME, TIMESTAMP, DATETIME2, TIMESTAMP2, TIME, TIME2 ->
          row.writeByte(cell.length).writeBytes(cell);
      default -> Payload.writeLenEncBytes(row, cell);
    }
  }

  /** A {@code ColumnDefinition41} payload, with MariaDB's extended type info when {@code typeName} is not null. */
  static byte[] columnDefinition(ColumnDefinition column, String typeName, String format) {
    ByteBuf payload = Unpooled.buffer();
    try {
      List<String> names = List.of("def", column.schema(), column.table(), column.orgTable(), column.name(), column.orgName());
      for (String name : names) {
        Payload.writeLenEncString(payload, name, StandardCharsets.UTF_8);
      }
      if (typeName != null) {
        ByteBuf info = Unpooled.buffer();
        info.writeByte(0);
        Payload.writeLenEncString(info, typeName, StandardCharsets.US_ASCII);
        if (format != null) {
          info.writeByte(1);
          Payload.writeLenEncString(info, format, StandardCharsets.US_ASCII);
        }
        Payload.writeLenEncBytes(payload, ByteBufUtil.getBytes(info));
        info.release();
      }
      payload.writeByte(0x0c);
      payload.writeShortLE(column.collationId());
      payload.writeIntLE((int) column.columnLength());
      payload.writeByte(column.type().id());
      payload.writeShortLE(column.flags());
      payload.writeByte(column.decimals());
      payload.writeShortLE(0);
      return ByteBufUtil.getBytes(payload);
    } finally {
      payload.release();
    }
  }

  private static Sample numeric(ColumnType type, int flags, List<String> texts, String... binaries) {
    return new Sample(column(type, flags, BINARY, 20, 0), utf8(texts), hex(binaries));
  }

  private static Sample temporal(ColumnType type, int decimals, List<String> texts, String... binaries) {
    return new Sample(column(type, ColumnFlags.BINARY, BINARY, 26, decimals), utf8(texts), hex(binaries));
  }

  private static Sample strings(ColumnDefinition column, String... texts) {
    List<byte[]> cells = utf8(List.of(texts));
    return new Sample(column, cells, cells);
  }

  private static Sample bytes(ColumnDefinition column, String... hex) {
    List<byte[]> cells = hex(hex);
    return new Sample(column, cells, cells);
  }

  private static List<byte[]> utf8(List<String> texts) {
    return texts.stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
  }

  private static List<byte[]> hex(String... hex) {
    List<byte[]> cells = new ArrayList<>();
    for (String cell : hex) {
      cells.add(Seed.bytes(cell));
    }
    return cells;
  }
}
