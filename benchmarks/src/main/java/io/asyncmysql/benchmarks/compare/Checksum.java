package io.asyncmysql.benchmarks.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The order-sensitive checksum every contestant computes over the decoded values of {@code wide},
 * so that the runner can flag a driver whose values differ. Each value contributes the hash of its
 * canonical form: numbers by value ({@link BigDecimal#stripTrailingZeros()}), text by content,
 * {@code byte[]} by content, temporal values by their ISO text, {@code null} as 0.
 */
public final class Checksum {
  private long value = 1;

  /** Adds one decoded value; {@code value} is what the driver returned for the column. */
  public void add(Object value) {
    this.value = 31 * this.value + hash(value);
  }

  /** The checksum so far. */
  public long value() {
    return value;
  }

  private static long hash(Object value) {
    return switch (value) {
      case null -> 0;
      case byte[] bytes -> Arrays.hashCode(bytes);
      case BigDecimal decimal -> decimal.stripTrailingZeros().hashCode();
      case Number number when isIntegral(number) -> Long.hashCode(number.longValue());
      case Number number -> Double.hashCode(number.doubleValue());
      case LocalDateTime dateTime -> dateTime.toString().hashCode();
      case LocalDate date -> date.toString().hashCode();
      case CharSequence text -> text.toString().hashCode();
      default -> value.toString().hashCode();
    };
  }

  private static boolean isIntegral(Number number) {
    return number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte
        || number instanceof java.math.BigInteger;
  }
}
