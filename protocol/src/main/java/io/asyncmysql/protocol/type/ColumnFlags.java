package io.asyncmysql.protocol.type;

/**
 * The bits of a column definition's {@code flags} field.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/group__group__cs__column__definition__flags.html">Column
 *     definition flags</a>
 */
public final class ColumnFlags {
  /** The column cannot be NULL. */
  public static final int NOT_NULL = 1;
  /** The column is part of a primary key. */
  public static final int PRI_KEY = 1 << 1;
  /** The column is part of a unique key. */
  public static final int UNIQUE_KEY = 1 << 2;
  /** The column is part of a non-unique key. */
  public static final int MULTIPLE_KEY = 1 << 3;
  /** The column is a BLOB or TEXT. */
  public static final int BLOB = 1 << 4;
  /** The numeric column is unsigned. */
  public static final int UNSIGNED = 1 << 5;
  /** The numeric column is ZEROFILL. */
  public static final int ZEROFILL = 1 << 6;
  /** The column has a binary collation. */
  public static final int BINARY = 1 << 7;
  /** The column is an ENUM (sent as a STRING column). */
  public static final int ENUM = 1 << 8;
  /** The column is AUTO_INCREMENT. */
  public static final int AUTO_INCREMENT = 1 << 9;
  /** The column is a TIMESTAMP. */
  public static final int TIMESTAMP = 1 << 10;
  /** The column is a SET (sent as a STRING column). */
  public static final int SET = 1 << 11;
  /** The column has no default value. */
  public static final int NO_DEFAULT_VALUE = 1 << 12;
  /** The column is set to NOW() on UPDATE. */
  public static final int ON_UPDATE_NOW = 1 << 13;
  /** The column is part of some key. */
  public static final int PART_KEY = 1 << 14;
  /** The column is numeric. */
  public static final int NUM = 1 << 15;

  private ColumnFlags() {}

  /** Whether every bit of {@code flag} is set in {@code flags}. */
  public static boolean has(int flags, int flag) {
    return (flags & flag) == flag;
  }
}
