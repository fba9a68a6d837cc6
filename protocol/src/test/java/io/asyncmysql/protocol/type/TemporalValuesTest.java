package io.asyncmysql.protocol.type;

import static io.asyncmysql.protocol.type.Fixtures.binary;
import static io.asyncmysql.protocol.type.Fixtures.column;
import static io.asyncmysql.protocol.type.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.ProtocolException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** DATE, DATETIME, TIMESTAMP and TIME in both protocols, zero dates under each behaviour. */
class TemporalValuesTest {
  private static final ColumnDefinition DATE = column(ColumnType.DATE, 0);
  private static final ColumnDefinition DATETIME = column(ColumnType.DATETIME, 0);
  private static final ColumnDefinition DATETIME_3 = column(ColumnType.DATETIME, 0, 63, 23, 3);
  private static final ColumnDefinition DATETIME_6 = column(ColumnType.DATETIME, 0, 63, 26, 6);
  private static final ColumnDefinition TIMESTAMP = column(ColumnType.TIMESTAMP, ColumnFlags.TIMESTAMP);
  private static final ColumnDefinition TIME = column(ColumnType.TIME, 0);
  private static final ColumnDefinition TIME_6 = column(ColumnType.TIME, 0, 63, 17, 6);
  private static final DecodeOptions NULL_ZERO = DecodeOptions.DEFAULT.withZeroDates(ZeroDateBehavior.NULL);
  private static final DecodeOptions ROUND_ZERO = DecodeOptions.DEFAULT.withZeroDates(ZeroDateBehavior.ROUND);

  @Test
  void dates() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    assertEquals(leapDay, text("2024-02-29", DATE, Object.class));
    assertEquals(leapDay, binary("04 e807021d", DATE, Object.class));
    assertEquals(leapDay.atStartOfDay(), binary("04 e807021d", DATE, LocalDateTime.class));
    assertEquals("2024-02-29", binary("04 e807021d", DATE, String.class));
    assertEquals(LocalDate.of(9999, 12, 31), binary("04 0f270c1f", DATE, LocalDate.class));
    assertThrows(ValueConversionException.class, () -> binary("04 e807021d", DATE, LocalTime.class));
    assertEquals(leapDay, binary("07 e807021d 0d0e0f", DATE, Object.class));
    assertEquals(leapDay.atStartOfDay(), text("2024-02-29", DATETIME, Object.class));
  }

  @Test
  void dateTimesWithEveryBinaryLength() {
    assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0), binary("04 e807021d", DATETIME, Object.class));
    assertEquals(LocalDateTime.of(2024, 2, 29, 13, 14, 15), binary("07 e807021d 0d0e0f", DATETIME, Object.class));
    assertEquals(
        LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000), binary("0b e807021d 0d0e0f 40e20100", DATETIME_6, Object.class));
    assertEquals(LocalDateTime.of(2024, 2, 29, 13, 14, 15), binary("07 e807021d 0d0e0f", TIMESTAMP, Object.class));
  }

  @Test
  void fractionalSecondsOfOneToSixDigits() {
    String[] fractions = {".1", ".12", ".123", ".1234", ".12345", ".123456"};
    int[] nanos = {100_000_000, 120_000_000, 123_000_000, 123_400_000, 123_450_000, 123_456_000};
    for (int i = 0; i < fractions.length; i++) {
      LocalDateTime expected = LocalDateTime.of(2024, 2, 29, 13, 14, 15, nanos[i]);
      assertEquals(expected, text("2024-02-29 13:14:15" + fractions[i], DATETIME_6, Object.class), fractions[i]);
      Duration time = Duration.ofHours(13).plusMinutes(14).plusSeconds(15).plusNanos(nanos[i]);
      assertEquals(time, text("13:14:15" + fractions[i], TIME_6, Object.class), fractions[i]);
    }
    assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0, 0, 1000), text("2024-02-29 00:00:00.000001", DATETIME_6, Object.class));
  }

  @Test
  void dateTimeText() {
    assertEquals("2024-02-29 13:14:15.123", binary("0b e807021d 0d0e0f 40e20100", DATETIME_3, String.class));
    assertEquals("2024-02-29 13:14:15.123456", binary("0b e807021d 0d0e0f 40e20100", DATETIME_6, String.class));
    assertEquals("2024-02-29 13:14:15", binary("07 e807021d 0d0e0f", DATETIME, String.class));
    assertEquals("2024-02-29 13:14:15.5", text("2024-02-29 13:14:15.5", DATETIME_6, String.class));
  }

  @Test
  void dateTimesInAZone() {
    Instant instant = Instant.parse("2024-02-29T13:14:15Z");
    assertEquals(instant, binary("07 e807021d 0d0e0f", TIMESTAMP, Instant.class));
    DecodeOptions plusTwo = DecodeOptions.DEFAULT.withTimeZone(ZoneOffset.ofHours(2));
    assertEquals(instant.minusSeconds(7200), binary("07 e807021d 0d0e0f", TIMESTAMP, Instant.class, plusTwo));
    assertEquals(
        OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 0, ZoneOffset.ofHours(2)),
        text("2024-02-29 13:14:15", DATETIME, OffsetDateTime.class, plusTwo));
    assertEquals(LocalTime.of(13, 14, 15), text("2024-02-29 13:14:15", DATETIME, LocalTime.class));
  }

  @Test
  void timesBeyondADayAndNegative() {
    Duration max = Duration.ofHours(838).plusMinutes(59).plusSeconds(59);
    assertEquals(max, text("838:59:59", TIME, Object.class));
    assertEquals(max.negated(), text("-838:59:59", TIME, Object.class));
    assertEquals(max, binary("08 00 22000000 163b3b", TIME, Object.class));
    assertEquals(max.negated(), binary("08 01 22000000 163b3b", TIME, Object.class));
    assertEquals(Duration.ofMillis(-1500), binary("0c 01 00000000 000001 20a10700", TIME_6, Object.class));
    assertEquals(Duration.ZERO, binary("00", TIME, Object.class));
    assertEquals("-838:59:59", binary("08 01 22000000 163b3b", TIME, String.class));
    assertEquals("-00:00:01.500000", binary("0c 01 00000000 000001 20a10700", TIME_6, String.class));
    assertEquals("838:59:59", text("838:59:59", TIME, String.class));
  }

  @Test
  void timeAsLocalTimeOnlyWithinADay() {
    assertEquals(LocalTime.of(23, 59, 59, 999_999_000), text("23:59:59.999999", TIME_6, LocalTime.class));
    assertEquals(LocalTime.MIDNIGHT, binary("00", TIME, LocalTime.class));
    assertThrows(ValueConversionException.class, () -> text("24:00:00", TIME, LocalTime.class));
    assertThrows(ValueConversionException.class, () -> text("-00:00:01", TIME, LocalTime.class));
    assertThrows(ValueConversionException.class, () -> text("01:00:00", TIME, LocalDate.class));
  }

  @Test
  void zeroDatesUnderEachBehaviour() {
    assertThrows(ValueConversionException.class, () -> text("0000-00-00", DATE, Object.class));
    assertThrows(ValueConversionException.class, () -> binary("00", DATETIME, LocalDateTime.class));
    assertThrows(ValueConversionException.class, () -> binary("04 00000000", DATE, LocalDate.class));
    assertNull(text("0000-00-00", DATE, Object.class, NULL_ZERO));
    assertNull(text("0000-00-00 00:00:00", DATETIME, Object.class, NULL_ZERO));
    assertNull(binary("00", TIMESTAMP, Instant.class, NULL_ZERO));
    assertNull(binary("0b 0000000000000000000000", DATETIME_6, Object.class, NULL_ZERO));
    assertEquals(LocalDate.of(1, 1, 1), text("0000-00-00", DATE, Object.class, ROUND_ZERO));
    assertEquals(LocalDateTime.of(1, 1, 1, 0, 0), binary("00", DATETIME, Object.class, ROUND_ZERO));
    assertEquals("0000-00-00 00:00:00", binary("00", DATETIME, String.class));
    assertEquals("0000-00-00", binary("00", DATE, String.class));
    assertEquals("0000-00-00 00:00:00", text("0000-00-00 00:00:00", DATETIME, String.class));
  }

  @Test
  void datesJavaCannotHoldAreConversionErrors() {
    assertThrows(ValueConversionException.class, () -> text("2023-02-29", DATE, Object.class));
    assertThrows(ValueConversionException.class, () -> text("2024-00-10", DATE, Object.class, NULL_ZERO));
    assertThrows(ValueConversionException.class, () -> binary("04 e8070d01", DATE, Object.class));
  }

  @Test
  void malformedTemporalCellsAreProtocolErrors() {
    assertThrows(ProtocolException.class, () -> text("2024-2-29", DATE, Object.class));
    assertThrows(ProtocolException.class, () -> text("2024-02-29T13:14:15", DATETIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("2024-02-29 1:14:15", DATETIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("2024-02-29 13:14:15.", DATETIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("2024-02-29 13:14:15.1234567", DATETIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("2024-02-29 13:14:15,123", DATETIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("12:60:00", TIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("12345:00:00", TIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("12:00", TIME, Object.class));
    assertThrows(ProtocolException.class, () -> text("", TIME, Object.class));
    assertThrows(ProtocolException.class, () -> binary("0b e807021d 0d0e0f 40420f00", DATETIME_6, Object.class));
    assertThrows(ProtocolException.class, () -> binary("0c 00 00000000 000000 40420f00", TIME_6, Object.class));
    RowData twoBytes = Fixtures.binaryRow(Fixtures.hex("02 e807"), column(ColumnType.VAR_STRING));
    assertThrows(ProtocolException.class, () -> ValueDecoder.decode(twoBytes, 0, DATE, Object.class, DecodeOptions.DEFAULT));
    assertThrows(ProtocolException.class, () -> ValueDecoder.decode(twoBytes, 0, TIME, Object.class, DecodeOptions.DEFAULT));
  }
}
