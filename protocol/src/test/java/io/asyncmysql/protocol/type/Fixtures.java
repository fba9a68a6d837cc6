package io.asyncmysql.protocol.type;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;

/** Byte fixtures and column definitions for the tests of this package. */
final class Fixtures {
  private Fixtures() {}

  /** The bytes of a hex string; spaces are ignored. */
  static byte[] hex(String hex) {
    return ByteBufUtil.decodeHexDump(hex.replace(" ", ""));
  }

  /** A column of the given type with utf8mb4_general_ci and no flags. */
  static ColumnDefinition column(ColumnType type) {
    return column(type, 0, Collations.UTF8MB4_GENERAL_CI, 0, 0);
  }

  /** A column of the given type with the binary collation and the given flags. */
  static ColumnDefinition column(ColumnType type, int flags) {
    return column(type, flags, Collation.BINARY_ID, 0, 0);
  }

  static ColumnDefinition column(ColumnType type, int flags, int collationId, long columnLength, int decimals) {
    return new ColumnDefinition(
        "def", "db", "t", "t", "c", "c", collationId, columnLength, type, flags, decimals, null, null);
  }

  /** Decodes {@code text} as a one-column text-protocol cell of {@code column}. */
  static <T> T text(String text, ColumnDefinition column, Class<T> target) {
    return text(text, column, target, DecodeOptions.DEFAULT);
  }

  static <T> T text(String text, ColumnDefinition column, Class<T> target, DecodeOptions options) {
    byte[] value = text.getBytes(column.isBinary() ? StandardCharsets.UTF_8 : column.charset());
    return ValueDecoder.decode(textRow(value), 0, column, target, options);
  }

  /** A one-column text row holding {@code value}. */
  static RowData textRow(byte[] value) {
    ByteBuf payload = Unpooled.buffer();
    try {
      Payload.writeLenEncBytes(payload, value);
      return RowData.text(payload, 1);
    } finally {
      payload.release();
    }
  }

  /** Decodes a Binary Protocol Value (with its length prefix, if any) as a one-column binary row. */
  static <T> T binary(String valueHex, ColumnDefinition column, Class<T> target) {
    return binary(valueHex, column, target, DecodeOptions.DEFAULT);
  }

  static <T> T binary(String valueHex, ColumnDefinition column, Class<T> target, DecodeOptions options) {
    return ValueDecoder.decode(binaryRow(hex(valueHex), column), 0, column, target, options);
  }

  /** A one-column binary row holding the Binary Protocol Value {@code value}. */
  static RowData binaryRow(byte[] value, ColumnDefinition column) {
    byte[] payload = new byte[2 + value.length];
    System.arraycopy(value, 0, payload, 2, value.length);
    return withBuffer(payload, buf -> RowData.binary(buf, new ColumnDefinition[] {column}));
  }

  /** Runs {@code decoder} over a buffer of {@code bytes} and releases it. */
  static <T> T withBuffer(byte[] bytes, Function<ByteBuf, T> decoder) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      return decoder.apply(buf);
    } finally {
      buf.release();
    }
  }

  /** Asserts that every proper prefix of {@code bytes} makes {@code decoder} throw ProtocolException. */
  static void assertEveryTruncationFails(byte[] bytes, Consumer<ByteBuf> decoder) {
    for (int length = 0; length < bytes.length; length++) {
      ByteBuf buf = Unpooled.wrappedBuffer(bytes, 0, length);
      try {
        int prefix = length;
        assertThrows(ProtocolException.class, () -> decoder.accept(buf), () -> "prefix of " + prefix + " bytes");
      } finally {
        buf.release();
      }
    }
  }
}
