package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.ProtocolException;
import java.time.Duration;
import java.time.temporal.Temporal;

/**
 * Reads the binary protocol's value forms from a cell: little-endian integers and floats, and the
 * date/time structures after their length byte. {@link RowData#binary} has checked each cell's length
 * against its type; the readers check again, as a cell may be decoded with another column's type.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_binary_resultset.html#sect_protocol_binary_resultset_row_value">Binary
 *     Protocol Value</a>
 */
final class BinaryCells {
  private static final int MAX_MICROS = 999_999;

  private BinaryCells() {}

  /** A little-endian integer of {@code length} bytes (1 to 8), sign-extended unless {@code unsigned}. */
  static long readInt(byte[] a, int offset, int length, boolean unsigned) {
    long value = 0;
    for (int i = length - 1; i >= 0; i--) {
      value = value << 8 | a[offset + i] & 0xFF;
    }
    if (!unsigned && length < 8) {
      int shift = 64 - 8 * length;
      value = value << shift >> shift;
    }
    return value;
  }

  /** A big-endian unsigned integer of at most 8 bytes: the form of a BIT value. */
  static long readBits(byte[] a, int offset, int length) {
    if (length > 8) {
      throw new ProtocolException("BIT value: " + length + " bytes (expected: <= 8)");
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      value = value << 8 | a[offset + i] & 0xFF;
    }
    return value;
  }

  /**
   * Reads a DATE, DATETIME or TIMESTAMP of 0, 4, 7 or 11 bytes.
   *
   * @return the {@code LocalDate} of 4 bytes, the {@code LocalDateTime} of 7 or 11, or {@code null}
   *     for a zero date
   */
  static Temporal readDateTime(byte[] a, int offset, int length) {
    if (length != 0 && length != 4 && length != 7 && length != 11) {
      throw new ProtocolException("binary date/time value: " + length + " bytes (expected: 0, 4, 7 or 11)");
    }
    if (length == 0) {
      return null;
    }
    int year = (int) readInt(a, offset, 2, true);
    int month = a[offset + 2] & 0xFF;
    int day = a[offset + 3] & 0xFF;
    int hour = length >= 7 ? a[offset + 4] & 0xFF : 0;
    int minute = length >= 7 ? a[offset + 5] & 0xFF : 0;
    int second = length >= 7 ? a[offset + 6] & 0xFF : 0;
    int micros = length == 11 ? checkedMicros(readInt(a, offset + 7, 4, true)) : 0;
    if (year == 0 && month == 0 && day == 0) {
      return null;
    }
    return length == 4 ? TextCells.date(year, month, day) : TextCells.dateTime(year, month, day, hour, minute, second, micros);
  }

  /** Reads a TIME of 0, 8 or 12 bytes: sign, days, hours, minutes, seconds, microseconds. */
  static Duration readTime(byte[] a, int offset, int length) {
    if (length != 0 && length != 8 && length != 12) {
      throw new ProtocolException("binary time value: " + length + " bytes (expected: 0, 8 or 12)");
    }
    if (length == 0) {
      return Duration.ZERO;
    }
    boolean negative = a[offset] != 0;
    long days = readInt(a, offset + 1, 4, true);
    int hours = a[offset + 5] & 0xFF;
    int minutes = a[offset + 6] & 0xFF;
    int seconds = a[offset + 7] & 0xFF;
    int micros = length == 12 ? checkedMicros(readInt(a, offset + 8, 4, true)) : 0;
    Duration duration = Duration.ofSeconds(((days * 24 + hours) * 60 + minutes) * 60 + seconds, micros * 1000L);
    return negative ? duration.negated() : duration;
  }

  private static int checkedMicros(long micros) {
    if (micros > MAX_MICROS) {
      throw new ProtocolException("binary date/time microseconds: " + micros + " (expected: <= " + MAX_MICROS + ")");
    }
    return (int) micros;
  }
}
