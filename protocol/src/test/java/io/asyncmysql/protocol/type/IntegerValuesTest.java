package io.asyncmysql.protocol.type;

import static io.asyncmysql.protocol.type.Fixtures.binary;
import static io.asyncmysql.protocol.type.Fixtures.column;
import static io.asyncmysql.protocol.type.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.ProtocolException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Integer columns in both protocols: natural types, edge values, conversions and overflow. */
class IntegerValuesTest {
  private static final ColumnDefinition TINY = column(ColumnType.TINY, ColumnFlags.NUM);
  private static final ColumnDefinition TINY_U = column(ColumnType.TINY, ColumnFlags.NUM | ColumnFlags.UNSIGNED);
  private static final ColumnDefinition SHORT = column(ColumnType.SHORT, ColumnFlags.NUM);
  private static final ColumnDefinition SHORT_U = column(ColumnType.SHORT, ColumnFlags.UNSIGNED);
  private static final ColumnDefinition INT24 = column(ColumnType.INT24, 0);
  private static final ColumnDefinition INT24_U = column(ColumnType.INT24, ColumnFlags.UNSIGNED);
  private static final ColumnDefinition LONG = column(ColumnType.LONG, 0);
  private static final ColumnDefinition LONG_U = column(ColumnType.LONG, ColumnFlags.UNSIGNED);
  private static final ColumnDefinition LONGLONG = column(ColumnType.LONGLONG, 0);
  private static final ColumnDefinition LONGLONG_U = column(ColumnType.LONGLONG, ColumnFlags.UNSIGNED);
  private static final ColumnDefinition YEAR = column(ColumnType.YEAR, ColumnFlags.UNSIGNED | ColumnFlags.ZEROFILL);

  @Test
  void naturalTypesAndEdgeValuesInBothProtocols() {
    assertBoth(TINY, "-128", "80", (byte) -128);
    assertBoth(TINY, "127", "7f", (byte) 127);
    assertBoth(TINY_U, "255", "ff", (short) 255);
    assertBoth(SHORT, "-32768", "0080", (short) -32768);
    assertBoth(SHORT, "32767", "ff7f", (short) 32767);
    assertBoth(SHORT_U, "65535", "ffff", 65535);
    assertBoth(INT24, "-8388608", "000080ff", -8388608);
    assertBoth(INT24_U, "16777215", "ffffff00", 16777215);
    assertBoth(LONG, "-2147483648", "00000080", Integer.MIN_VALUE);
    assertBoth(LONG, "2147483647", "ffffff7f", Integer.MAX_VALUE);
    assertBoth(LONG_U, "4294967295", "ffffffff", 4294967295L);
    assertBoth(LONGLONG, "-9223372036854775808", "0000000000000080", Long.MIN_VALUE);
    assertBoth(LONGLONG, "9223372036854775807", "ffffffffffffff7f", Long.MAX_VALUE);
    assertBoth(LONGLONG_U, "18446744073709551615", "ffffffffffffffff", new BigInteger("18446744073709551615"));
    assertBoth(LONGLONG_U, "0", "0000000000000000", BigInteger.ZERO);
    assertBoth(YEAR, "2024", "e807", (short) 2024);
  }

  @Test
  void conversionsWithinRange() {
    assertEquals(42L, text("42", TINY, Long.class));
    assertEquals(42L, text("42", TINY, long.class));
    assertEquals(-1, binary("ff", TINY, int.class));
    assertEquals(255, binary("ff", TINY_U, Integer.class));
    assertEquals((byte) 100, text("100", LONG, Byte.class));
    assertEquals(true, text("7", LONG, Boolean.class));
    assertEquals(false, binary("00000000", LONG, boolean.class));
    assertEquals(12.0, text("12", LONG, Double.class));
    assertEquals(1.8446744073709552E19, binary("ffffffffffffffff", LONGLONG_U, Double.class));
    assertEquals(new BigDecimal("18446744073709551615"), text("18446744073709551615", LONGLONG_U, BigDecimal.class));
    assertEquals(BigInteger.valueOf(-5), binary("fbffffffffffffff", LONGLONG, BigInteger.class));
    assertEquals(9223372036854775807L, text("9223372036854775807", LONGLONG_U, Long.class));
    assertEquals(Year.of(2024), binary("e807", YEAR, Year.class));
  }

  @Test
  void overflowIsAnErrorNotATruncation() {
    assertThrows(ValueConversionException.class, () -> text("300", SHORT, Byte.class));
    assertThrows(ValueConversionException.class, () -> binary("2c01", SHORT, Byte.class));
    assertThrows(ValueConversionException.class, () -> binary("ff", TINY_U, Byte.class));
    assertThrows(ValueConversionException.class, () -> binary("0000000001000000", LONGLONG, Integer.class));
    assertThrows(ValueConversionException.class, () -> text("18446744073709551615", LONGLONG_U, Long.class));
    assertThrows(ValueConversionException.class, () -> binary("0000000000000080", LONGLONG_U, Long.class));
    assertThrows(ValueConversionException.class, () -> binary("ffffff7f", LONG, Year.class));
  }

  @Test
  void stringOfAnInteger() {
    ColumnDefinition zerofill = column(ColumnType.LONG, ColumnFlags.ZEROFILL | ColumnFlags.UNSIGNED);
    assertEquals("0000000042", text("0000000042", zerofill, String.class));
    assertEquals("42", binary("2a000000", zerofill, String.class));
    assertEquals("-5", binary("fb", TINY, String.class));
    assertEquals("18446744073709551615", binary("ffffffffffffffff", LONGLONG_U, String.class));
  }

  @Test
  void impossibleConversionsNameTheTarget() {
    ValueConversionException e =
        assertThrows(ValueConversionException.class, () -> text("1", LONG, java.time.LocalDate.class));
    assertEquals("conversion: LONG column to java.time.LocalDate (expected: a type this column converts to)", e.getMessage());
    assertThrows(ValueConversionException.class, () -> binary("01000000", LONG, byte[].class));
  }

  @Test
  void malformedTextIsAProtocolError() {
    assertThrows(ProtocolException.class, () -> text("", LONG, Object.class));
    assertThrows(ProtocolException.class, () -> text("-", LONG, Object.class));
    assertThrows(ProtocolException.class, () -> text("12a", LONG, Object.class));
    assertThrows(ProtocolException.class, () -> text("9223372036854775808", LONGLONG, Object.class));
    assertThrows(ProtocolException.class, () -> text("-9223372036854775809", LONGLONG, Object.class));
    assertThrows(ProtocolException.class, () -> text("18446744073709551616", LONGLONG_U, Object.class));
    assertThrows(ProtocolException.class, () -> text("99999999999999999999", LONGLONG_U, Object.class));
    assertThrows(ProtocolException.class, () -> text("-1", LONGLONG_U, Object.class));
  }

  @Test
  void binaryCellOfTheWrongWidthIsAProtocolError() {
    RowData row = Fixtures.binaryRow(Fixtures.hex("02 0102"), column(ColumnType.VAR_STRING));
    assertThrows(ProtocolException.class, () -> ValueDecoder.decode(row, 0, LONG, Object.class, DecodeOptions.DEFAULT));
  }

  @Test
  void sqlNullIsNullForEveryTarget() {
    RowData row = RowDataTest.text("fb", 1);
    assertNull(ValueDecoder.decode(row, 0, LONG, Long.class, DecodeOptions.DEFAULT));
    assertNull(ValueDecoder.decode(row, 0, LONG, Object.class, DecodeOptions.DEFAULT));
  }

  private static void assertBoth(ColumnDefinition column, String text, String binary, Object expected) {
    assertEquals(expected, text(text, column, Object.class), "text " + text);
    assertEquals(expected, binary(binary, column, Object.class), "binary " + binary);
    assertEquals(expected.getClass(), binary(binary, column, Object.class).getClass());
    assertEquals(text, binary(binary, column, String.class));
  }
}
