package io.asyncmysql.driver.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;

/**
 * Turns what JDBC code binds into what the binary encoder takes: {@code java.sql} date types become
 * {@code java.time} (in the JVM's zone), streams, readers, blobs and clobs are read whole, and {@code
 * setObject} with a target SQL type converts first.
 */
final class ParameterValues {
  private ParameterValues() {}

  /** A value as {@code setObject(i, value)} binds it. */
  static Object of(Object value) throws SQLException {
    return switch (value) {
      case null -> null;
      case Date d -> d.toLocalDate();
      case Time t -> SqlTimes.localTime(t);
      case Timestamp t -> t.toLocalDateTime();
      case java.util.Date d -> LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault());
      case Calendar c -> LocalDateTime.ofInstant(c.toInstant(), c.getTimeZone().toZoneId());
      case OffsetTime t -> t.toLocalTime();
      case Character c -> c.toString();
      case InputStream in -> bytes(in, -1);
      case Reader reader -> text(reader, -1);
      case Blob blob -> bytes(blob.getBinaryStream(), -1);
      case Clob clob -> text(clob.getCharacterStream(), -1);
      default -> value;
    };
  }

  /** A value as {@code setObject(i, value, targetSqlType, scaleOrLength)} binds it. */
  static Object of(Object value, int targetSqlType, int scaleOrLength) throws SQLException {
    Object v = of(value);
    if (v == null) {
      return null;
    }
    try {
      return switch (targetSqlType) {
        case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB,
            Types.NCLOB -> v instanceof byte[] ? failConversion(value, targetSqlType) : v.toString();
        case Types.BIT, Types.BOOLEAN -> bool(v, value, targetSqlType);
        case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> decimal(v, value, targetSqlType).toBigIntegerExact();
        case Types.REAL -> decimal(v, value, targetSqlType).floatValue();
        case Types.FLOAT, Types.DOUBLE -> decimal(v, value, targetSqlType).doubleValue();
        case Types.DECIMAL, Types.NUMERIC -> scaleOrLength > 0
            ? decimal(v, value, targetSqlType).setScale(scaleOrLength, RoundingMode.HALF_UP)
            : decimal(v, value, targetSqlType);
        case Types.DATE -> switch (v) {
          case LocalDate d -> d;
          case LocalDateTime d -> d.toLocalDate();
          case String s -> LocalDate.parse(s);
          default -> failConversion(value, targetSqlType);
        };
        case Types.TIME, Types.TIME_WITH_TIMEZONE -> switch (v) {
          case LocalTime t -> t;
          case LocalDateTime t -> t.toLocalTime();
          case String s -> LocalTime.parse(s);
          default -> failConversion(value, targetSqlType);
        };
        case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> switch (v) {
          case LocalDateTime t -> t;
          case LocalDate d -> d.atStartOfDay();
          case OffsetDateTime t -> t;
          case ZonedDateTime t -> t;
          case Instant t -> t;
          case String s -> Timestamp.valueOf(s).toLocalDateTime();
          default -> failConversion(value, targetSqlType);
        };
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
            v instanceof byte[] ? v : failConversion(value, targetSqlType);
        case Types.NULL -> null;
        case Types.OTHER, Types.JAVA_OBJECT -> v;
        default -> throw new SQLFeatureNotSupportedException(
            "target SQL type: " + typeName(targetSqlType) + " is not supported (expected: a character, number, date, time or binary type)");
      };
    } catch (ArithmeticException | IllegalArgumentException | DateTimeException e) {
      throw new SQLException("conversion: " + value + " to " + typeName(targetSqlType) + " (expected: a value of that type)", "22018", e);
    }
  }

  /**
   * Reads a stream whole, or exactly {@code length} bytes.
   *
   * @param length the bytes to read, or -1 for all
   */
  static byte[] bytes(InputStream in, long length) throws SQLException {
    if (in == null) {
      return null;
    }
    try {
      byte[] bytes = length < 0 ? in.readAllBytes() : in.readNBytes(Math.toIntExact(length));
      if (length >= 0 && bytes.length < length) {
        throw new SQLException("stream: ended after " + bytes.length + " bytes (expected: " + length + ")", "22001");
      }
      return bytes;
    } catch (IOException e) {
      throw new SQLException("cannot read the parameter stream: " + e.getMessage(), "HY000", e);
    }
  }

  /**
   * Reads a reader whole, or exactly {@code length} characters.
   *
   * @param length the characters to read, or -1 for all
   */
  static String text(Reader reader, long length) throws SQLException {
    if (reader == null) {
      return null;
    }
    try {
      StringWriter out = new StringWriter();
      if (length < 0) {
        reader.transferTo(out);
        return out.toString();
      }
      char[] buffer = new char[8192];
      long left = length;
      while (left > 0) {
        int read = reader.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          throw new SQLException("reader: ended after " + (length - left) + " characters (expected: " + length + ")", "22001");
        }
        out.write(buffer, 0, read);
        left -= read;
      }
      return out.toString();
    } catch (IOException e) {
      throw new SQLException("cannot read the parameter reader: " + e.getMessage(), "HY000", e);
    }
  }

  private static Boolean bool(Object v, Object original, int targetSqlType) throws SQLException {
    return switch (v) {
      case Boolean b -> b;
      case Number n -> new BigDecimal(n.toString()).signum() != 0;
      case String s when s.equalsIgnoreCase("true") || s.equals("1") -> true;
      case String s when s.equalsIgnoreCase("false") || s.equals("0") -> false;
      default -> failConversion(original, targetSqlType);
    };
  }

  private static BigDecimal decimal(Object v, Object original, int targetSqlType) throws SQLException {
    return switch (v) {
      case BigDecimal d -> d;
      case BigInteger i -> new BigDecimal(i);
      case Double d -> BigDecimal.valueOf(d);
      case Float f -> new BigDecimal(f.toString());
      case Number n -> BigDecimal.valueOf(n.longValue());
      case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
      case String s -> new BigDecimal(s.trim());
      default -> failConversion(original, targetSqlType);
    };
  }

  private static <T> T failConversion(Object value, int targetSqlType) throws SQLException {
    throw new SQLException(
        "conversion: " + value.getClass().getName() + " to " + typeName(targetSqlType) + " (expected: a value that converts to it)", "22018");
  }

  private static String typeName(int sqlType) {
    try {
      return JDBCType.valueOf(sqlType).getName();
    } catch (IllegalArgumentException e) {
      return String.valueOf(sqlType);
    }
  }
}
