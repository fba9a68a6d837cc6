package io.asyncmysql.protocol.type;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/** Converts a decoded date, date-time or time to a requested Java type. */
final class TemporalConversions {
  private static final LocalDateTime ROUNDED_ZERO_DATE = LocalDateTime.of(1, 1, 1, 0, 0);
  private static final long SECONDS_PER_DAY = 86_400;

  private TemporalConversions() {}

  /**
   * A DATE, DATETIME or TIMESTAMP as the requested type.
   *
   * @param value the {@code LocalDate} of a value without a time of day, else its {@code
   *     LocalDateTime}; {@code null} for a zero date
   * @param dateOnly whether the value is a DATE, whose natural type is {@code LocalDate}
   * @param decimals the fractional digits the text form shows
   */
  static Object fromDateTime(
      Temporal value, boolean dateOnly, int decimals, ColumnType type, Class<?> target, DecodeOptions options) {
    if (value == null) {
      if (target == String.class) {
        return dateOnly ? "0000-00-00" : "0000-00-00 00:00:00" + fraction(0, decimals);
      }
      switch (options.zeroDates()) {
        case NULL -> {
          return null;
        }
        case EXCEPTION ->
            throw new ValueConversionException(
                "zero date: 0000-00-00 (expected: a real date; see ZeroDateBehavior for NULL or ROUND)");
        case ROUND -> value = ROUNDED_ZERO_DATE;
      }
    }
    if (target == LocalDate.class || dateOnly && (target == Object.class || target == String.class)) {
      LocalDate date = value instanceof LocalDateTime dateTime ? dateTime.toLocalDate() : (LocalDate) value;
      return target == String.class ? date.toString() : date;
    }
    LocalDateTime dateTime = value instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) value;
    if (target == Object.class || target == LocalDateTime.class) {
      return dateTime;
    } else if (target == LocalTime.class && !dateOnly) {
      return dateTime.toLocalTime();
    } else if (target == Instant.class) {
      return dateTime.atZone(options.timeZone()).toInstant();
    } else if (target == OffsetDateTime.class) {
      return dateTime.atZone(options.timeZone()).toOffsetDateTime();
    } else if (target == ZonedDateTime.class) {
      return dateTime.atZone(options.timeZone());
    } else if (target == String.class) {
      return format(dateTime, decimals);
    }
    throw ValueConversionException.unsupported(type, target);
  }

  /** A TIME as the requested type: a {@code LocalTime} only when it lies within one day. */
  static Object fromTime(Duration value, int decimals, ColumnType type, Class<?> target) {
    if (target == Object.class || target == Duration.class) {
      return value;
    } else if (target == LocalTime.class) {
      if (value.isNegative() || value.getSeconds() >= SECONDS_PER_DAY) {
        throw ValueConversionException.outOfRange(format(value, decimals), target);
      }
      return LocalTime.ofNanoOfDay(value.toNanos());
    } else if (target == String.class) {
      return format(value, decimals);
    }
    throw ValueConversionException.unsupported(type, target);
  }

  /** MySQL's text form {@code YYYY-MM-DD hh:mm:ss[.ffffff]} with {@code decimals} fractional digits. */
  static String format(LocalDateTime value, int decimals) {
    StringBuilder text = new StringBuilder(26);
    pad(text, value.getYear(), 4).append('-');
    pad(text, value.getMonthValue(), 2).append('-');
    pad(text, value.getDayOfMonth(), 2).append(' ');
    pad(text, value.getHour(), 2).append(':');
    pad(text, value.getMinute(), 2).append(':');
    pad(text, value.getSecond(), 2);
    return text.append(fraction(value.getNano() / 1000, decimals)).toString();
  }

  /** MySQL's text form of a TIME, {@code [-]hh:mm:ss[.ffffff]}, hours past 24 included. */
  static String format(Duration value, int decimals) {
    Duration magnitude = value.abs();
    long seconds = magnitude.getSeconds();
    StringBuilder text = new StringBuilder(16);
    if (value.isNegative()) {
      text.append('-');
    }
    pad(text, seconds / 3600, 2).append(':');
    pad(text, seconds / 60 % 60, 2).append(':');
    pad(text, seconds % 60, 2);
    return text.append(fraction(magnitude.getNano() / 1000, decimals)).toString();
  }

  /** The fraction the column shows; a column without a valid count (0x1f) shows all six when non-zero. */
  private static String fraction(int micros, int decimals) {
    int shown = decimals > 6 ? (micros == 0 ? 0 : 6) : decimals;
    if (shown <= 0) {
      return "";
    }
    return "." + Integer.toString(1_000_000 + micros).substring(1, 1 + shown);
  }

  private static StringBuilder pad(StringBuilder text, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }
}
