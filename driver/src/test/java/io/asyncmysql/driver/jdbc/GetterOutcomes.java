package io.asyncmysql.driver.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** What each {@link ResultSet} getter gives for one column, as text two drivers' answers can be compared by. */
final class GetterOutcomes {
  /** The outcome of a getter that threw an {@link SQLException}: any such exception counts as the same. */
  static final String SQL_EXCEPTION = "SQLException";
  /** How the outcome of a getter that threw an unchecked exception begins. */
  static final String UNCHECKED_EXCEPTION = "threw ";

  @FunctionalInterface
  private interface Getter {
    Object get(ResultSet rs, int column) throws SQLException;
  }

  private static final Map<String, Getter> ANY_COLUMN = new LinkedHashMap<>();
  private static final Map<String, Getter> TEMPORAL_COLUMN = new LinkedHashMap<>();

  static {
    ANY_COLUMN.put("getString", ResultSet::getString);
    ANY_COLUMN.put("getInt", ResultSet::getInt);
    ANY_COLUMN.put("getLong", ResultSet::getLong);
    ANY_COLUMN.put("getDouble", ResultSet::getDouble);
    ANY_COLUMN.put("getBigDecimal", ResultSet::getBigDecimal);
    ANY_COLUMN.put("getBoolean", ResultSet::getBoolean);
    ANY_COLUMN.put("getBytes", ResultSet::getBytes);
    ANY_COLUMN.put("getDate", ResultSet::getDate);
    ANY_COLUMN.put("getTime", ResultSet::getTime);
    ANY_COLUMN.put("getTimestamp", ResultSet::getTimestamp);
    ANY_COLUMN.put("getObject", ResultSet::getObject);
    TEMPORAL_COLUMN.put("getObject(LocalDate)", (rs, i) -> rs.getObject(i, LocalDate.class));
    TEMPORAL_COLUMN.put("getObject(LocalTime)", (rs, i) -> rs.getObject(i, LocalTime.class));
    TEMPORAL_COLUMN.put("getObject(LocalDateTime)", (rs, i) -> rs.getObject(i, LocalDateTime.class));
    TEMPORAL_COLUMN.put("getObject(OffsetDateTime)", (rs, i) -> rs.getObject(i, OffsetDateTime.class));
  }

  private GetterOutcomes() {}

  /**
   * Calls every getter on one column of the current row.
   *
   * @param temporal whether to also call {@code getObject} with the {@code java.time} classes
   * @return getter name to outcome, in a fixed order
   */
  static Map<String, String> of(ResultSet rs, int column, boolean temporal) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    ANY_COLUMN.forEach((name, getter) -> outcomes.put(name, outcome(rs, column, getter)));
    if (temporal) {
      TEMPORAL_COLUMN.forEach((name, getter) -> outcomes.put(name, outcome(rs, column, getter)));
    }
    return outcomes;
  }

  private static String outcome(ResultSet rs, int column, Getter getter) {
    try {
      return describe(getter.get(rs, column));
    } catch (SQLException e) {
      return SQL_EXCEPTION;
    } catch (RuntimeException e) {
      return UNCHECKED_EXCEPTION + e;
    }
  }

  /** The value's class and content; {@code java.util.Date}s also by epoch millisecond, which their text hides. */
  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String type = value.getClass().getSimpleName();
    return switch (value) {
      case byte[] bytes -> type + " " + HexFormat.of().formatHex(bytes);
      case java.util.Date date -> type + " " + date + " @" + date.getTime();
      default -> type + " " + value;
    };
  }
}
