package io.asyncmysql.driver;

/**
 * What reading a zero date ({@code 0000-00-00} or {@code 0000-00-00 00:00:00}, which no {@code
 * java.time} type can hold) as a date or time type returns.
 */
public enum ZeroDateBehavior {
  /** Fail the read with an exception. The default. */
  EXCEPTION,
  /** Read it as {@code null}. */
  NULL,
  /** Read it as the nearest valid value, {@code 0001-01-01} (and midnight). */
  ROUND
}
