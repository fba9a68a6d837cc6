package io.asyncmysql.driver;

/**
 * One row of a result. Values are decoded when read, so a row costs little until it is used.
 *
 * <p>Columns are numbered from 0. SQL {@code NULL} reads as {@code null} for every target type.
 * {@link #get(int)} returns each column's natural Java type (INT → Integer, BIGINT → Long,
 * BIGINT UNSIGNED → BigInteger, DECIMAL → BigDecimal, DATETIME → LocalDateTime, TIME → Duration,
 * text → String, binary strings → byte[] ...); conversions to other types (a number as {@code String}, an {@code INT} as {@code Long}, a {@code
 * DATETIME} as {@code Instant} ...) are made where they lose nothing.
 */
public interface Row {
  /** The number of columns. */
  int size();

  /** The result's columns. */
  java.util.List<ColumnMetadata> columns();

  /**
   * Reads a column as the given type.
   *
   * @param index the column, from 0
   * @param type the Java type wanted; {@code Object.class} for the column's natural type
   * @return the value, or {@code null} for SQL NULL
   * @throws IndexOutOfBoundsException when there is no such column
   * @throws IllegalArgumentException when the value cannot be converted to {@code type}
   * @throws MySqlProtocolException when the server sent a value malformed for the column's type
   */
  <T> T get(int index, Class<T> type);

  /**
   * Reads a column by label as the given type. Labels match ignoring case; the first column with the
   * label wins.
   *
   * @param label the column label ({@code AS} alias or column name)
   * @param type the Java type wanted
   * @return the value, or {@code null} for SQL NULL
   * @throws java.util.NoSuchElementException when no column has the label
   * @throws IllegalArgumentException when the value cannot be converted to {@code type}
   * @throws MySqlProtocolException when the server sent a value malformed for the column's type
   */
  <T> T get(String label, Class<T> type);

  /** Reads a column as its natural Java type. */
  default Object get(int index) {
    return get(index, Object.class);
  }

  /** Whether a column is SQL NULL. */
  boolean isNull(int index);
}
