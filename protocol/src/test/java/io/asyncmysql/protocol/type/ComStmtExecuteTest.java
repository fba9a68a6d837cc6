package io.asyncmysql.protocol.type;

import static io.asyncmysql.protocol.type.Fixtures.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComStmtExecuteTest {
  /** COM_STMT_EXECUTE, statement 1, no cursor, iteration count 1. */
  private static final String HEADER = "17 01000000 00 01000000";

  private enum Size {
    SMALL
  }

  @Test
  void withoutParameters() {
    assertHex(HEADER, encode(ComStmtExecute.of(1, List.of()), Session.INITIAL));
  }

  @Test
  void integersAndBooleans() {
    assertParameter(true, "0100", "01");
    assertParameter(false, "0100", "00");
    assertParameter((byte) -1, "0100", "ff");
    assertParameter((short) -2, "0200", "feff");
    assertParameter(Year.of(2024), "0200", "e807");
    assertParameter(Integer.MIN_VALUE, "0300", "00000080");
    assertParameter(Long.MAX_VALUE, "0800", "ffffffffffffff7f");
    assertParameter(BigInteger.valueOf(-5), "0800", "fbffffffffffffff");
    assertParameter(BigInteger.ONE.shiftLeft(63), "0880", "0000000000000080");
    assertParameter(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), "0880", "ffffffffffffffff");
    assertParameter(BigInteger.ONE.shiftLeft(64), "f600", "14 3138343436373434303733373039353531363136");
    assertParameter(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE), "f600", "14 2d39323233333732303336383534373735383039");
  }

  @Test
  void decimalsAndFloatingPoint() {
    assertParameter(new BigDecimal("-1.50"), "f600", "05 2d312e3530");
    assertParameter(new BigDecimal("1E+3"), "f600", "04 31303030");
    assertParameter(1.0f, "0400", "0000803f");
    assertParameter(1.0, "0500", "000000000000f03f");
  }

  @Test
  void stringsAndBytes() {
    assertParameter("héllo", "fd00", "06 68c3a96c6c6f");
    assertParameter("", "fd00", "00");
    assertParameter(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), "fd00",
        "24 " + ByteBufUtil.hexDump("123e4567-e89b-12d3-a456-426614174000".getBytes(StandardCharsets.US_ASCII)));
    assertParameter(Size.SMALL, "fd00", "05 534d414c4c");
    assertParameter(new byte[] {1, 2}, "fc00", "02 0102");
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 1, 2});
    buffer.get();
    assertParameter(buffer, "fc00", "02 0102");
    assertEquals(1, buffer.position());
  }

  @Test
  void stringsInTheSessionCharset() {
    Session latin1 = new Session(0, StandardCharsets.ISO_8859_1, 1 << 24, false);
    assertHex(HEADER + " 00 01 fd00 02 68e9", encode(ComStmtExecute.of(1, List.of("hé")), latin1));
  }

  @Test
  void datesAndTimes() {
    assertParameter(LocalDate.of(2024, 2, 29), "0a00", "04 e807021d");
    assertParameter(LocalDateTime.of(2024, 2, 29, 0, 0), "0c00", "04 e807021d");
    assertParameter(LocalDateTime.of(2024, 2, 29, 13, 14, 15), "0c00", "07 e807021d 0d0e0f");
    assertParameter(LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_789), "0c00", "0b e807021d 0d0e0f 40e20100");
    assertParameter(LocalTime.of(13, 14, 15), "0b00", "08 00 00000000 0d0e0f");
    assertParameter(LocalTime.of(0, 0, 0, 1000), "0b00", "0c 00 00000000 000000 01000000");
    assertParameter(LocalTime.MIDNIGHT, "0b00", "00");
    assertParameter(Duration.ofHours(-838).minusMinutes(59).minusSeconds(59), "0b00", "08 01 22000000 163b3b");
    assertParameter(Duration.ofMillis(-1500), "0b00", "0c 01 00000000 000001 20a10700");
    assertParameter(Duration.ofDays(40).plusHours(1), "0b00", "08 00 28000000 010000");
  }

  @Test
  void instantsAreSentAsUtcDateTimes() {
    String utc = "07 e807021d 0d0e0f";
    assertParameter(OffsetDateTime.of(2024, 2, 29, 15, 14, 15, 0, ZoneOffset.ofHours(2)), "0c00", utc);
    assertParameter(ZonedDateTime.of(2024, 2, 29, 14, 14, 15, 0, ZoneId.of("Europe/Paris")), "0c00", utc);
    assertParameter(Instant.parse("2024-02-29T13:14:15Z"), "0c00", utc);
  }

  @Test
  void nullBitmapAndTypesOfManyParameters() {
    Object[] values = {null, 1, 2, 3, 4, 5, 6, null, null};
    String expected = HEADER + " 8101 01 0600 0300 0300 0300 0300 0300 0300 0600 0600"
        + " 01000000 02000000 03000000 04000000 05000000 06000000";
    assertHex(expected, encode(ComStmtExecute.of(1, Arrays.asList(values)), Session.INITIAL));
  }

  @Test
  void typesAreLeftOutWhenReused() {
    ComStmtExecute execute = new ComStmtExecute(7, ComStmtExecute.CURSOR_TYPE_READ_ONLY, Arrays.asList(1, null), false);
    assertHex("17 07000000 01 01000000 02 00 01000000", encode(execute, Session.INITIAL));
  }

  @Test
  void queryAttributesAddACountAndEmptyNames() {
    Session session = Session.INITIAL.withCapabilities(Capabilities.QUERY_ATTRIBUTES);
    assertHex(HEADER + " 02 00 01 0300 00 0100 00 05000000 01", encode(ComStmtExecute.of(1, List.of(5, true)), session));
    assertHex(HEADER, encode(ComStmtExecute.of(1, List.of()), session));
  }

  @Test
  void sameTypesComparesProtocolTypes() {
    assertTrue(ComStmtExecute.sameTypes(List.of(1, "a"), List.of(2, "b")));
    assertTrue(ComStmtExecute.sameTypes(List.of(LocalTime.NOON), List.of(Duration.ZERO)));
    assertFalse(ComStmtExecute.sameTypes(List.of(1), List.of(1L)));
    assertFalse(ComStmtExecute.sameTypes(Arrays.asList(1), Arrays.asList((Object) null)));
    assertFalse(ComStmtExecute.sameTypes(List.of(BigInteger.ONE), List.of(BigInteger.ONE.shiftLeft(63))));
    assertFalse(ComStmtExecute.sameTypes(List.of(1), List.of(1, 2)));
  }

  @Test
  void unsupportedValuesAreRejectedWithTheirClass() {
    ValueConversionException e =
        assertThrows(ValueConversionException.class, () -> ComStmtExecute.of(1, List.of(new java.util.Date())));
    assertTrue(e.getMessage().startsWith("parameter class: java.util.Date (expected: "), e.getMessage());
    assertThrows(ValueConversionException.class, () -> ComStmtExecute.of(1, List.of(new StringBuilder("x"))));
    assertThrows(ValueConversionException.class, () -> encode(ComStmtExecute.of(1, List.of(LocalDate.of(10000, 1, 1))), Session.INITIAL));
    assertThrows(ValueConversionException.class, () -> encode(ComStmtExecute.of(1, List.of(Duration.ofDays(1L << 32))), Session.INITIAL));
    assertThrows(IllegalArgumentException.class, () -> new ComStmtExecute(-1, 0, List.of(), true));
    assertThrows(IllegalArgumentException.class, () -> new ComStmtExecute(1L << 32, 0, List.of(), true));
    assertThrows(IllegalArgumentException.class, () -> new ComStmtExecute(1, 256, List.of(), true));
  }

  @Test
  void parametersAreCopied() {
    List<Object> values = new ArrayList<>(List.of(1));
    ComStmtExecute execute = ComStmtExecute.of(1, values);
    values.set(0, "changed");
    assertEquals(List.of(1), execute.parameters());
  }

  @Test
  void everyEncodedValueDecodesToTheOriginal() {
    Object[] values = {
      true, (byte) -128, (short) 32767, Integer.MIN_VALUE, Long.MIN_VALUE, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
      new BigDecimal("-12345678901234567890.123456789"), 3.25f, -1.0e-300, "héllo ✓", new byte[] {0, 1, (byte) 255},
      LocalDate.of(1000, 1, 1), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000), LocalTime.of(12, 0, 0, 1000),
      Duration.ofHours(-838).minusMinutes(59).minusSeconds(59), Duration.ofMillis(-1), Year.of(2155),
      Instant.parse("2038-01-19T03:14:07.5Z")
    };
    for (Object value : values) {
      int type = BinaryParameter.typeOf(value);
      ColumnDefinition column = Fixtures.column(
          ColumnType.of(type & 0xFF), (type & BinaryParameter.UNSIGNED) != 0 ? ColumnFlags.UNSIGNED : 0,
          value instanceof String ? Collations.UTF8MB4_GENERAL_CI : Collation.BINARY_ID, 0, 6);
      byte[] payload = hex(encode(ComStmtExecute.of(1, List.of(value)), Session.INITIAL));
      byte[] cell = Arrays.copyOfRange(payload, 10 + 4, payload.length);
      Object decoded = ValueDecoder.decode(Fixtures.binaryRow(cell, column), 0, column, value.getClass(), DecodeOptions.DEFAULT);
      if (value instanceof byte[] bytes) {
        assertArrayEquals(bytes, (byte[]) decoded);
      } else {
        assertEquals(value, decoded, value.getClass().getSimpleName());
      }
    }
  }

  private static void assertParameter(Object value, String type, String binaryValue) {
    assertHex(HEADER + " 00 01 " + type + " " + binaryValue, encode(ComStmtExecute.of(1, List.of(value)), Session.INITIAL));
  }

  /** The payload as hex. */
  private static String encode(ComStmtExecute execute, Session session) {
    ByteBuf out = Unpooled.buffer();
    try {
      execute.encode(out, session);
      return ByteBufUtil.hexDump(out);
    } finally {
      out.release();
    }
  }

  private static void assertHex(String expectedHex, String actualHex) {
    assertEquals(expectedHex.replace(" ", ""), actualHex);
  }
}
