package io.asyncmysql.protocol.type;

/**
 * What decoding does with MySQL's zero dates: {@code 0000-00-00} in a DATE, {@code 0000-00-00
 * 00:00:00} in a DATETIME or TIMESTAMP (text or the all-zero binary form), which no {@code java.time}
 * type can hold.
 */
public enum ZeroDateBehavior {
  /** Decode a zero date as {@code null}. */
  NULL,
  /** Throw a {@link ValueConversionException}: the default, as silent substitutes hide bad data. */
  EXCEPTION,
  /** Decode a zero date as the earliest date, {@code 0001-01-01} (at {@code 00:00:00}). */
  ROUND
}
