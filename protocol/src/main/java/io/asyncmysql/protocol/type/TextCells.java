package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.ProtocolException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;

/**
 * Parses the text form of numbers, dates and times straight from a cell's bytes, without making a
 * String first. Text that does not have the form of its column type ends in a {@link
 * ProtocolException}; a well-formed date {@code java.time} cannot hold in a {@link
 * ValueConversionException}.
 */
final class TextCells {
  private static final int MICROS_DIGITS = 6;
  /** The most decimal digits any long holds. */
  private static final int MAX_LONG_DIGITS = 18;

  private TextCells() {}

  /**
   * Parses a decimal integer.
   *
   * @param unsigned64 whether the text is an unsigned 64-bit value, returned as its bit pattern
   */
  static long parseLong(byte[] a, int offset, int length, boolean unsigned64) {
    int end = offset + length;
    int i = offset;
    boolean negative = length > 0 && a[i] == '-' && !unsigned64;
    if (negative || length > 0 && a[i] == '+') {
      i++;
    }
    if (i == end) {
      throw malformed("integer", a, offset, length);
    }
    long value = 0;
    for (; i < end; i++) {
      int digit = a[i] - '0';
      if (digit < 0 || digit > 9) {
        throw malformed("integer", a, offset, length);
      }
      if (unsigned64) {
        long next = value * 10 + digit;
        if (Long.compareUnsigned(value, 0x1999_9999_9999_9999L) > 0 || Long.compareUnsigned(next, value * 10) < 0) {
          throw malformed("unsigned 64-bit integer", a, offset, length);
        }
        value = next;
      } else {
        if (value < (Long.MIN_VALUE + digit) / 10) {
          throw malformed("64-bit integer", a, offset, length);
        }
        value = value * 10 - digit;
      }
    }
    if (unsigned64) {
      return value;
    }
    if (!negative && value == Long.MIN_VALUE) {
      throw malformed("64-bit integer", a, offset, length);
    }
    return negative ? value : -value;
  }

  /**
   * Parses a decimal number. The form a server sends, {@code [-]digits[.digits]} with at most 18
   * digits, becomes its BigDecimal straight from the bytes; any other text goes through {@link
   * BigDecimal#BigDecimal(String)}.
   */
  static BigDecimal parseDecimal(byte[] a, int offset, int length) {
    int end = offset + length;
    boolean negative = length > 0 && a[offset] == '-';
    int first = negative ? offset + 1 : offset;
    int point = -1;
    long unscaled = 0;
    int i = first;
    for (; i < end && i - first <= MAX_LONG_DIGITS; i++) {
      int digit = a[i] - '0';
      if (digit >= 0 && digit <= 9) {
        unscaled = unscaled * 10 + digit;
      } else if (a[i] == '.' && point < 0 && i > first && i < end - 1) {
        point = i;
      } else {
        break;
      }
    }
    if (i == end && end > first && end - first - (point < 0 ? 0 : 1) <= MAX_LONG_DIGITS) {
      return BigDecimal.valueOf(negative ? -unscaled : unscaled, point < 0 ? 0 : end - point - 1);
    }
    String text = new String(a, offset, length, StandardCharsets.ISO_8859_1);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ProtocolException("DECIMAL value: \"" + text + "\" (expected: a decimal number)", e);
    }
  }

  /**
   * Parses {@code YYYY-MM-DD}, optionally followed by {@code ' 'HH:MM:SS} and a fraction of 1 to 6
   * digits.
   *
   * @return the {@code LocalDate} of a date alone, else the {@code LocalDateTime}; {@code null} for a
   *     zero date
   */
  static Temporal parseDateTime(byte[] a, int offset, int length) {
    if (length != 10 && length != 19 && (length < 21 || length > 26)) {
      throw malformed("date-time", a, offset, length);
    }
    int year = digits(a, offset, 4);
    int month = digits(a, offset + 5, 2);
    int day = digits(a, offset + 8, 2);
    expect(a, offset + 4, '-', offset, length);
    expect(a, offset + 7, '-', offset, length);
    int hour = 0;
    int minute = 0;
    int second = 0;
    int micros = 0;
    if (length > 10) {
      expect(a, offset + 10, ' ', offset, length);
      hour = digits(a, offset + 11, 2);
      minute = digits(a, offset + 14, 2);
      second = digits(a, offset + 17, 2);
      expect(a, offset + 13, ':', offset, length);
      expect(a, offset + 16, ':', offset, length);
      micros = fraction(a, offset + 19, offset + length, offset, length);
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      throw malformed("date-time", a, offset, length);
    }
    if (year == 0 && month == 0 && day == 0) {
      return null;
    }
    return length == 10 ? date(year, month, day) : dateTime(year, month, day, hour, minute, second, micros);
  }

  /** Parses {@code [-]H+:MM:SS} with an optional fraction of 1 to 6 digits. */
  static Duration parseTime(byte[] a, int offset, int length) {
    int end = offset + length;
    boolean negative = length > 0 && a[offset] == '-';
    int i = negative ? offset + 1 : offset;
    int colon = i;
    while (colon < end && colon - i < 4 && a[colon] != ':') {
      colon++;
    }
    if (colon == i || colon + 6 > end || a[colon] != ':' || a[colon + 3] != ':') {
      throw malformed("time", a, offset, length);
    }
    int hours = digits(a, i, colon - i);
    int minutes = digits(a, colon + 1, 2);
    int seconds = digits(a, colon + 4, 2);
    int micros = fraction(a, colon + 6, end, offset, length);
    if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
      throw malformed("time", a, offset, length);
    }
    Duration duration = Duration.ofSeconds(hours * 3600L + minutes * 60L + seconds, micros * 1000L);
    return negative ? duration.negated() : duration;
  }

  static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new ValueConversionException(
          "date: " + year + "-" + month + "-" + day + " (expected: a date java.time can hold)", e);
    }
  }

  static LocalDateTime dateTime(int year, int month, int day, int hour, int minute, int second, int micros) {
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, micros * 1000);
    } catch (DateTimeException e) {
      throw new ValueConversionException(
          "date-time: " + year + "-" + month + "-" + day + " " + hour + ":" + minute + ":" + second + "." + micros
              + " (expected: a date-time java.time can hold)",
          e);
    }
  }

  /** Parses an optional fraction {@code .d{1,6}} from {@code start} to {@code end} as microseconds. */
  private static int fraction(byte[] a, int start, int end, int offset, int length) {
    if (start == end) {
      return 0;
    }
    int count = end - start - 1;
    if (a[start] != '.' || count < 1 || count > MICROS_DIGITS) {
      throw malformed("fraction of a second", a, offset, length);
    }
    int value = digits(a, start + 1, count);
    if (value < 0) {
      throw malformed("fraction of a second", a, offset, length);
    }
    for (int i = count; i < MICROS_DIGITS; i++) {
      value *= 10;
    }
    return value;
  }

  /** The value of {@code count} ASCII digits (at most 9), or -1 when one is not a digit. */
  private static int digits(byte[] a, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      int digit = a[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static void expect(byte[] a, int index, char c, int offset, int length) {
    if (a[index] != c) {
      throw malformed("date-time", a, offset, length);
    }
  }

  private static ProtocolException malformed(String what, byte[] a, int offset, int length) {
    String text = new String(a, offset, Math.min(length, 64), StandardCharsets.ISO_8859_1);
    return new ProtocolException("text " + what + ": \"" + text + "\" (expected: the text form of the column type)");
  }
}
