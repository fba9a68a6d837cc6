package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.Payload;
import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The binary protocol form of a statement parameter: its 2-byte type (the column type, 0x80 in the
 * high byte for UNSIGNED) and its value.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_binary_resultset.html#sect_protocol_binary_resultset_row_value">Binary
 *     Protocol Value</a>
 */
final class BinaryParameter {
  /** The unsigned flag in the parameter type's high byte. */
  static final int UNSIGNED = 0x8000;

  private static final BigInteger UNSIGNED_64_LIMIT = BigInteger.ONE.shiftLeft(64);
  private static final long SECONDS_PER_DAY = 86_400;
  private static final int MAX_YEAR = 9999;
  private static final int MAX_LENGTH_PREFIX = 9;
  /** The longest value of a fixed-size type: a TIME with microseconds, its length byte and 12 bytes. */
  private static final int MAX_FIXED_LENGTH = 13;

  private BinaryParameter() {}

  /**
   * The 2-byte parameter type of a value.
   *
   * @throws ValueConversionException for a class the protocol cannot send
   */
  static int typeOf(Object value) {
    return switch (value) {
      case null -> ColumnType.NULL.id();
      case Boolean b -> ColumnType.TINY.id();
      case Byte b -> ColumnType.TINY.id();
      case Short s -> ColumnType.SHORT.id();
      case Year y -> ColumnType.SHORT.id();
      case Integer i -> ColumnType.LONG.id();
      case Long l -> ColumnType.LONGLONG.id();
      case BigInteger b when b.bitLength() < 64 -> ColumnType.LONGLONG.id();
      case BigInteger b when b.signum() > 0 && b.compareTo(UNSIGNED_64_LIMIT) < 0 -> ColumnType.LONGLONG.id() | UNSIGNED;
      case BigInteger b -> ColumnType.NEWDECIMAL.id();
      case BigDecimal d -> ColumnType.NEWDECIMAL.id();
      case Float f -> ColumnType.FLOAT.id();
      case Double d -> ColumnType.DOUBLE.id();
      case String s -> ColumnType.VAR_STRING.id();
      case UUID u -> ColumnType.VAR_STRING.id();
      case Enum<?> e -> ColumnType.VAR_STRING.id();
      case byte[] bytes -> ColumnType.BLOB.id();
      case ByteBuffer buffer -> ColumnType.BLOB.id();
      case LocalDate date -> ColumnType.DATE.id();
      case LocalTime time -> ColumnType.TIME.id();
      case Duration duration -> ColumnType.TIME.id();
      case LocalDateTime dateTime -> ColumnType.DATETIME.id();
      case OffsetDateTime dateTime -> ColumnType.DATETIME.id();
      case ZonedDateTime dateTime -> ColumnType.DATETIME.id();
      case Instant instant -> ColumnType.DATETIME.id();
      default ->
          throw new ValueConversionException(
              "parameter class: " + value.getClass().getName()
                  + " (expected: null, Boolean, a Number of java.lang or java.math, String, UUID, an enum, byte[],"
                  + " ByteBuffer, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, ZonedDateTime, Instant,"
                  + " Duration or Year)");
    };
  }

  /** An upper bound of the bytes {@link #write} takes for a value in {@code charset}; 0 for null. */
  static long maxLength(Object value, Charset charset) {
    return switch (value) {
      case null -> 0;
      case String s -> MAX_LENGTH_PREFIX + (long) Math.ceil(s.length() * maxBytesPerChar(charset));
      case Enum<?> e -> MAX_LENGTH_PREFIX + (long) Math.ceil(e.name().length() * maxBytesPerChar(charset));
      case byte[] bytes -> MAX_LENGTH_PREFIX + bytes.length;
      case ByteBuffer buffer -> MAX_LENGTH_PREFIX + buffer.remaining();
      case BigInteger b -> MAX_LENGTH_PREFIX + b.bitLength() / 3 + 2;
      case BigDecimal d -> MAX_LENGTH_PREFIX + d.precision() + Math.abs((long) d.scale()) + 3;
      case UUID u -> 1 + 36;
      default -> MAX_FIXED_LENGTH;
    };
  }

  private static float maxBytesPerChar(Charset charset) {
    return charset == StandardCharsets.UTF_8 ? 3 : charset.newEncoder().maxBytesPerChar();
  }

  /** Writes a non-null value in the binary form of {@link #typeOf(Object)}; strings in {@code charset}. */
  static void write(ByteBuf out, Object value, Charset charset) {
    switch (value) {
      case Boolean b -> out.writeByte(b ? 1 : 0);
      case Byte b -> out.writeByte(b);
      case Short s -> out.writeShortLE(s);
      case Year y -> out.writeShortLE(y.getValue());
      case Integer i -> out.writeIntLE(i);
      case Long l -> out.writeLongLE(l);
      case BigInteger b when typeOf(b) != ColumnType.NEWDECIMAL.id() -> out.writeLongLE(b.longValue());
      case BigInteger b -> writeAscii(out, b.toString());
      case BigDecimal d -> writeAscii(out, d.toPlainString());
      case Float f -> out.writeIntLE(Float.floatToIntBits(f));
      case Double d -> out.writeLongLE(Double.doubleToLongBits(d));
      case String s -> Payload.writeLenEncString(out, s, charset);
      case UUID u -> writeAscii(out, u.toString());
      case Enum<?> e -> Payload.writeLenEncString(out, e.name(), charset);
      case byte[] bytes -> Payload.writeLenEncBytes(out, bytes);
      case ByteBuffer buffer -> {
        Payload.writeLenEncInt(out, buffer.remaining());
        out.writeBytes(buffer.duplicate());
      }
      case LocalDate date -> {
        out.writeByte(4);
        writeDate(out, date);
      }
      case LocalTime time -> writeTime(out, false, 0, time.getHour(), time.getMinute(), time.getSecond(), time.getNano());
      case Duration duration -> writeDuration(out, duration);
      case LocalDateTime dateTime -> writeDateTime(out, dateTime);
      case OffsetDateTime dateTime -> writeDateTime(out, dateTime.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
      case ZonedDateTime dateTime -> writeDateTime(out, dateTime.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
      case Instant instant -> writeDateTime(out, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
      default -> typeOf(value);
    }
  }

  private static void writeAscii(ByteBuf out, String text) {
    Payload.writeLenEncInt(out, text.length());
    out.writeCharSequence(text, StandardCharsets.US_ASCII);
  }

  /** DATETIME: 4 bytes for midnight, 7 without a fraction, 11 with microseconds (nanoseconds truncated). */
  private static void writeDateTime(ByteBuf out, LocalDateTime dateTime) {
    int micros = dateTime.getNano() / 1000;
    boolean midnight = dateTime.toLocalTime().equals(LocalTime.MIDNIGHT);
    out.writeByte(micros != 0 ? 11 : midnight ? 4 : 7);
    writeDate(out, dateTime.toLocalDate());
    if (micros != 0 || !midnight) {
      out.writeByte(dateTime.getHour());
      out.writeByte(dateTime.getMinute());
      out.writeByte(dateTime.getSecond());
    }
    if (micros != 0) {
      out.writeIntLE(micros);
    }
  }

  private static void writeDate(ByteBuf out, LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > MAX_YEAR) {
      throw new ValueConversionException("date parameter: " + date + " (expected: year 0.." + MAX_YEAR + ")");
    }
    out.writeShortLE(date.getYear());
    out.writeByte(date.getMonthValue());
    out.writeByte(date.getDayOfMonth());
  }

  private static void writeDuration(ByteBuf out, Duration duration) {
    Duration magnitude = duration.abs();
    long seconds = magnitude.getSeconds();
    long days = seconds / SECONDS_PER_DAY;
    if (days > 0xFFFF_FFFFL) {
      throw new ValueConversionException("TIME parameter: " + duration + " (expected: fewer than 2^32 days)");
    }
    int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
    writeTime(
        out, duration.isNegative(), days, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, magnitude.getNano());
  }

  /** TIME: 0 bytes for zero, 8 without a fraction, 12 with microseconds (nanoseconds truncated). */
  private static void writeTime(ByteBuf out, boolean negative, long days, int hour, int minute, int second, int nanos) {
    int micros = nanos / 1000;
    if (days == 0 && hour == 0 && minute == 0 && second == 0 && micros == 0) {
      out.writeByte(0);
      return;
    }
    out.writeByte(micros != 0 ? 12 : 8);
    out.writeByte(negative ? 1 : 0);
    out.writeIntLE((int) days);
    out.writeByte(hour);
    out.writeByte(minute);
    out.writeByte(second);
    if (micros != 0) {
      out.writeIntLE(micros);
    }
  }
}
