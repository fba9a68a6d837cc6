package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Locale;

/**
 * How JDBC sees a result column: its {@link Types} code, its SQL type name and the class {@code
 * getObject} returns. Derived from {@link ColumnMetadata#typeName()}, which names either the protocol
 * type ({@code LONGLONG}, {@code VAR_STRING}) or the SQL type ({@code BIGINT}, {@code VARCHAR}); both
 * are understood.
 *
 * @param sqlType the {@link Types} code
 * @param typeName the SQL type name, e.g. {@code BIGINT UNSIGNED}
 * @param javaClass the class of {@code getObject(int)}
 */
record JdbcType(int sqlType, String typeName, Class<?> javaClass) {
  /**
   * The JDBC view of a column.
   *
   * @param binary whether a string column holds bytes (binary collation) rather than text
   */
  static JdbcType of(ColumnMetadata column, boolean binary) {
    boolean unsigned = column.unsigned();
    String name = column.typeName().toUpperCase(Locale.ROOT).replace(" UNSIGNED", "");
    String suffix = unsigned ? " UNSIGNED" : "";
    return switch (name) {
      case "TINY", "TINYINT", "BOOL" -> new JdbcType(Types.TINYINT, "TINYINT" + suffix, Integer.class);
      case "SHORT", "SMALLINT" -> new JdbcType(Types.SMALLINT, "SMALLINT" + suffix, Integer.class);
      case "YEAR" -> new JdbcType(Types.SMALLINT, "YEAR", Integer.class);
      case "INT24", "MEDIUMINT" -> new JdbcType(Types.INTEGER, "MEDIUMINT" + suffix, Integer.class);
      case "LONG", "INT", "INTEGER" ->
          unsigned ? new JdbcType(Types.BIGINT, "INT UNSIGNED", Long.class) : new JdbcType(Types.INTEGER, "INT", Integer.class);
      case "LONGLONG", "BIGINT" -> new JdbcType(Types.BIGINT, "BIGINT" + suffix, unsigned ? BigInteger.class : Long.class);
      case "FLOAT" -> new JdbcType(Types.REAL, "FLOAT" + suffix, Float.class);
      case "DOUBLE" -> new JdbcType(Types.DOUBLE, "DOUBLE" + suffix, Double.class);
      case "DECIMAL", "NEWDECIMAL" -> new JdbcType(Types.DECIMAL, "DECIMAL" + suffix, BigDecimal.class);
      case "DATE", "NEWDATE" -> new JdbcType(Types.DATE, "DATE", Date.class);
      case "TIME", "TIME2" -> new JdbcType(Types.TIME, "TIME", Time.class);
      case "DATETIME", "DATETIME2" -> new JdbcType(Types.TIMESTAMP, "DATETIME", Timestamp.class);
      case "TIMESTAMP", "TIMESTAMP2" -> new JdbcType(Types.TIMESTAMP, "TIMESTAMP", Timestamp.class);
      case "BIT" -> column.length() == 1
          ? new JdbcType(Types.BIT, "BIT", Boolean.class)
          : new JdbcType(Types.BIT, "BIT", byte[].class);
      case "VAR_STRING", "VARCHAR", "VARBINARY" -> binary
          ? new JdbcType(Types.VARBINARY, "VARBINARY", byte[].class)
          : new JdbcType(Types.VARCHAR, "VARCHAR", String.class);
      case "STRING", "CHAR", "BINARY" -> binary
          ? new JdbcType(Types.BINARY, "BINARY", byte[].class)
          : new JdbcType(Types.CHAR, "CHAR", String.class);
      case "BLOB", "TINY_BLOB", "MEDIUM_BLOB", "LONG_BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "TEXT", "TINYTEXT",
          "MEDIUMTEXT", "LONGTEXT" -> binary
          ? new JdbcType(Types.LONGVARBINARY, "BLOB", byte[].class)
          : new JdbcType(Types.LONGVARCHAR, "TEXT", String.class);
      case "ENUM", "SET" -> new JdbcType(Types.CHAR, name, String.class);
      case "JSON" -> new JdbcType(Types.LONGVARCHAR, "JSON", String.class);
      case "GEOMETRY" -> new JdbcType(Types.BINARY, "GEOMETRY", byte[].class);
      case "VECTOR" -> new JdbcType(Types.VARBINARY, "VECTOR", byte[].class);
      case "NULL" -> new JdbcType(Types.NULL, "NULL", Object.class);
      default -> binary
          ? new JdbcType(Types.VARBINARY, name, byte[].class)
          : new JdbcType(Types.VARCHAR, name, String.class);
    };
  }

  /** Whether {@code getObject} reads the column as text. */
  boolean isText() {
    return javaClass == String.class;
  }
}
