package io.asyncmysql.protocol.type;

import static io.asyncmysql.protocol.type.Fixtures.binary;
import static io.asyncmysql.protocol.type.Fixtures.column;
import static io.asyncmysql.protocol.type.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.ProtocolException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Floating-point, DECIMAL, string, BIT, JSON, GEOMETRY, VECTOR and NULL columns. */
class OtherValuesTest {
  private static final ColumnDefinition FLOAT = column(ColumnType.FLOAT, 0, 63, 12, 31);
  private static final ColumnDefinition DOUBLE = column(ColumnType.DOUBLE, 0, 63, 22, 31);
  private static final ColumnDefinition DECIMAL = column(ColumnType.NEWDECIMAL, 0, 63, 10, 4);
  private static final ColumnDefinition VARCHAR = column(ColumnType.VAR_STRING);
  private static final ColumnDefinition LATIN1 = column(ColumnType.VAR_STRING, 0, 8, 10, 0);
  private static final ColumnDefinition VARBINARY = column(ColumnType.VAR_STRING, ColumnFlags.BINARY);
  private static final ColumnDefinition SET = column(ColumnType.STRING, ColumnFlags.SET, 45, 10, 0);

  @Test
  void floatingPoint() {
    assertEquals(3.14f, text("3.14", FLOAT, Object.class));
    assertEquals(3.14f, binary("c3f54840", FLOAT, Object.class));
    assertEquals("3.14", binary("c3f54840", FLOAT, String.class));
    assertEquals(new BigDecimal("3.14"), binary("c3f54840", FLOAT, BigDecimal.class));
    assertEquals(1.0, binary("000000000000f03f", DOUBLE, Object.class));
    assertEquals(-1.5e300, text("-1.5e300", DOUBLE, Object.class));
    assertEquals(2L, binary("0000000000000040", DOUBLE, Long.class));
    assertEquals(Double.NaN, binary("000000000000f87f", DOUBLE, Double.class));
    assertThrows(ValueConversionException.class, () -> text("2.5", DOUBLE, Long.class));
    assertThrows(ValueConversionException.class, () -> text("1e300", DOUBLE, Float.class));
    assertThrows(ValueConversionException.class, () -> text("300", DOUBLE, Byte.class));
    assertThrows(ValueConversionException.class, () -> binary("000000000000f87f", DOUBLE, BigDecimal.class));
    assertThrows(ProtocolException.class, () -> text("1,5", DOUBLE, Object.class));
  }

  @Test
  void decimals() {
    assertEquals(new BigDecimal("-123.4500"), text("-123.4500", DECIMAL, Object.class));
    assertEquals(new BigDecimal("-123.4500"), binary("09 2d3132332e34353030", DECIMAL, Object.class));
    assertEquals("-123.4500", binary("09 2d3132332e34353030", DECIMAL, String.class));
    assertEquals(12L, text("12.0000", DECIMAL, Long.class));
    assertEquals(-123.45, text("-123.4500", DECIMAL, Double.class));
    assertEquals(new BigInteger("99999999999999999999"), text("99999999999999999999", DECIMAL, BigInteger.class));
    assertThrows(ValueConversionException.class, () -> text("12.5000", DECIMAL, Long.class));
    assertThrows(ValueConversionException.class, () -> text("99999999999999999999", DECIMAL, Long.class));
    assertThrows(ValueConversionException.class, () -> text("1e400", DECIMAL, Double.class));
    assertThrows(ProtocolException.class, () -> text("12..5", DECIMAL, Object.class));
  }

  /**
   * Short decimals are read straight from their digits, longer and unusual ones through their text:
   * either way the value and its scale are those of {@code new BigDecimal(text)}.
   */
  @Test
  void decimalsOfEveryLengthAndFormKeepTheirScale() {
    for (String text : new String[] {"0", "-0", "-0.00", "0.5", "12345.67", "000123.4500", "999999999999999999",
        "-99999999999999999.9", "9999999999999999999", "-1234567890.123456789", "5.", ".5", "+1", "1E+3", "-1.5e-3"}) {
      BigDecimal expected = new BigDecimal(text);
      assertEquals(expected, text(text, DECIMAL, Object.class), text);
      assertEquals(expected.scale(), text(text, DECIMAL, BigDecimal.class).scale(), text);
    }
    for (String text : new String[] {"", "-", ".", "-.", "1.2.3", "--1", "1-", "12a", "1.5 "}) {
      assertThrows(ProtocolException.class, () -> text(text, DECIMAL, Object.class), text);
    }
  }

  /** Found by DecoderFuzzTest: these ran out of heap expanding the exponent into a billion digits. */
  @Test
  void forgedExponentsDoNotExpand() {
    assertEquals(new BigDecimal("1E+999999999"), text("1E+999999999", DECIMAL, Object.class));
    assertEquals("1E+999999999", binary("0c 31452b393939393939393939", DECIMAL, String.class));
    assertEquals("1E-999999999", binary("0c 31452d393939393939393939", DECIMAL, String.class));
    assertThrows(ValueConversionException.class, () -> text("1E+999999999", DECIMAL, Short.class));
    assertThrows(ValueConversionException.class, () -> text("1E+999999999", DECIMAL, Double.class));
    assertThrows(ValueConversionException.class, () -> text("1E+999999999", DECIMAL, BigInteger.class));
    assertThrows(ValueConversionException.class, () -> text("1E-999999999", DECIMAL, BigInteger.class));
    assertThrows(ValueConversionException.class, () -> text("1e999999999", VARCHAR, Long.class));
    assertThrows(ValueConversionException.class, () -> text("1e999999999", VARCHAR, BigInteger.class));
    assertEquals(BigInteger.TEN.pow(4096), text("1e4096", VARCHAR, BigInteger.class));
    assertEquals(BigInteger.valueOf(1200), text("12.000e2", VARCHAR, BigInteger.class));
    assertEquals(BigInteger.ZERO, text("0.000", DECIMAL, BigInteger.class));
    assertEquals(BigInteger.ZERO, text("0E-999999999", DECIMAL, BigInteger.class));
    assertEquals(BigInteger.TEN.pow(5_000), text("1" + "0".repeat(5_000), VARCHAR, BigInteger.class));
  }

  @Test
  void textInTheColumnsCharset() {
    assertEquals("héllo ✓ \uD83D\uDE00", text("héllo ✓ \uD83D\uDE00", VARCHAR, Object.class));
    assertEquals("héllo", binary("06 68c3a96c6c6f", VARCHAR, Object.class));
    assertEquals("€", binary("01 80", LATIN1, String.class));
    assertArrayEquals(new byte[] {(byte) 0x80}, binary("01 80", LATIN1, byte[].class));
    ColumnDefinition utf16 = column(ColumnType.VAR_STRING, 0, 54, 10, 0);
    assertEquals("hi", binary("04 00680069", utf16, Object.class));
  }

  @Test
  void naturalTypesOfByteAndVectorColumns() {
    assertEquals(byte[].class, binary("02 00ff", VARBINARY, Object.class).getClass());
    assertEquals(byte[].class, binary("01 00", column(ColumnType.GEOMETRY, ColumnFlags.BINARY), Object.class).getClass());
    assertEquals(float[].class, binary("04 0000803f", column(ColumnType.VECTOR, ColumnFlags.BINARY), Object.class).getClass());
  }

  @Test
  void binaryCollationIsBytes() {
    assertArrayEquals(new byte[] {0, (byte) 0xFF}, binary("02 00ff", VARBINARY, byte[].class));
    assertArrayEquals(new byte[] {0, (byte) 0xFF}, binary("02 00ff", column(ColumnType.BLOB, ColumnFlags.BLOB), byte[].class));
    assertEquals("hé", binary("03 68c3a9", VARBINARY, String.class));
  }

  @Test
  void jsonIsText() {
    ColumnDefinition mysqlJson = column(ColumnType.JSON, ColumnFlags.BLOB | ColumnFlags.BINARY);
    assertEquals("{\"a\": \"é\"}", text("{\"a\": \"é\"}", mysqlJson, Object.class));
    assertEquals("[1]", binary("03 5b315d", mysqlJson, Object.class));
    ColumnDefinition mariaDbJson = new ColumnDefinition(
        "def", "", "", "", "j", "", 45, 0xFFFFFFFFL, ColumnType.BLOB, ColumnFlags.BLOB, 0, "json", null);
    assertEquals("[1]", binary("03 5b315d", mariaDbJson, Object.class));
  }

  @Test
  void enumsAndSets() {
    ColumnDefinition enumColumn = column(ColumnType.STRING, ColumnFlags.ENUM, 45, 5, 0);
    assertEquals("small", text("small", enumColumn, Object.class));
    assertEquals("a,b", text("a,b", SET, Object.class));
    assertEquals(List.of("a", "c"), List.copyOf(text("a,c", SET, Set.class)));
    assertEquals(Set.of(), text("", SET, Set.class));
    assertEquals(Set.of("x"), binary("01 78", SET, Set.class));
  }

  @Test
  void stringsConvertWhenTheirTextAllows() {
    assertEquals(123L, text("123", VARCHAR, Long.class));
    assertEquals(-7, text(" -7 ", VARCHAR, int.class));
    assertEquals(1.5, text("1.5", VARCHAR, Double.class));
    assertEquals(true, text("TRUE", VARCHAR, Boolean.class));
    assertEquals(true, text("1", VARCHAR, Boolean.class));
    assertEquals(LocalDate.of(2024, 1, 2), text("2024-01-02", VARCHAR, LocalDate.class));
    assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), text("2024-01-02 03:04:05", VARCHAR, LocalDateTime.class));
    UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertEquals(uuid, text(uuid.toString(), VARCHAR, UUID.class));
    assertThrows(ValueConversionException.class, () -> text("abc", VARCHAR, Long.class));
    assertThrows(ValueConversionException.class, () -> text("300", VARCHAR, Byte.class));
    assertThrows(ValueConversionException.class, () -> text("2024-13-45", VARCHAR, LocalDate.class));
    assertThrows(ValueConversionException.class, () -> text("yesterday", VARCHAR, LocalDate.class));
    assertThrows(ValueConversionException.class, () -> text("not-a-uuid", VARCHAR, UUID.class));
    assertThrows(ValueConversionException.class, () -> text("x", VARCHAR, float[].class));
  }

  @Test
  void bits() {
    ColumnDefinition bit1 = column(ColumnType.BIT, ColumnFlags.UNSIGNED, 63, 1, 0);
    ColumnDefinition bit10 = column(ColumnType.BIT, ColumnFlags.UNSIGNED, 63, 10, 0);
    ColumnDefinition bit64 = column(ColumnType.BIT, ColumnFlags.UNSIGNED, 63, 64, 0);
    assertEquals(true, Fixtures.text("\u0001", bit1, Object.class));
    assertEquals(false, binary("01 00", bit1, Object.class));
    assertEquals(515L, binary("02 0203", bit10, Object.class));
    assertEquals(515, binary("02 0203", bit10, Integer.class));
    assertEquals("515", binary("02 0203", bit10, String.class));
    assertArrayEquals(new byte[] {2, 3}, binary("02 0203", bit10, byte[].class));
    assertEquals(-1L, binary("08 ffffffffffffffff", bit64, Object.class));
    assertEquals(new BigInteger("18446744073709551615"), binary("08 ffffffffffffffff", bit64, BigInteger.class));
    assertEquals(-1L, binary("08 ffffffffffffffff", bit64, Long.class), "a Long holds the 64 bits, as the natural type does");
    assertThrows(ValueConversionException.class, () -> binary("08 ffffffffffffffff", bit64, Integer.class));
    assertThrows(ProtocolException.class, () -> binary("09 010203040506070809", bit64, Object.class));
  }

  @Test
  void geometryAndVectors() {
    ColumnDefinition geometry = column(ColumnType.GEOMETRY, ColumnFlags.BLOB | ColumnFlags.BINARY);
    assertArrayEquals(Fixtures.hex("00000000 0101000000"), binary("09 00000000 0101000000", geometry, byte[].class));
    assertThrows(ValueConversionException.class, () -> binary("01 00", geometry, String.class));
    ColumnDefinition vector = column(ColumnType.VECTOR, ColumnFlags.BINARY);
    assertArrayEquals(new float[] {1.0f, -2.5f}, binary("08 0000803f 000020c0", vector, float[].class));
    RowData textRow = Fixtures.textRow(Fixtures.hex("0000803f"));
    assertArrayEquals(new float[] {1.0f}, ValueDecoder.decode(textRow, 0, vector, float[].class, DecodeOptions.DEFAULT));
    assertArrayEquals(Fixtures.hex("0000803f"), binary("04 0000803f", vector, byte[].class));
    assertThrows(ProtocolException.class, () -> binary("05 0000803f00", vector, Object.class));
    assertThrows(ValueConversionException.class, () -> binary("04 0000803f", vector, Long.class));
  }

  @Test
  void nullTypeColumns() {
    ColumnDefinition nullColumn = column(ColumnType.NULL);
    RowData row = RowDataTest.binary("00 04", new ColumnDefinition[] {nullColumn});
    assertNull(ValueDecoder.decode(row, 0, nullColumn, Object.class, DecodeOptions.DEFAULT));
    assertNull(Fixtures.binary("", nullColumn, String.class));
  }
}
