package io.asyncmysql.driver.jdbc;

import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Calendar;

/** Conversions between {@code java.sql} date types and {@code java.time}, in a {@link Calendar}'s zone. */
final class SqlTimes {
  /** The day a {@link Time} stands on. */
  static final LocalDate EPOCH_DAY = LocalDate.of(1970, 1, 1);

  private SqlTimes() {}

  /** The zone of a calendar, or the JVM's for {@code null}. */
  static ZoneId zone(Calendar cal) {
    return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
  }

  /** A {@link Time} in the JVM's zone, keeping milliseconds ({@link Time#valueOf(LocalTime)} drops them). */
  static Time time(LocalTime value) {
    return new Time(value.atDate(EPOCH_DAY).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
  }

  /** The {@code java.time} value of a {@link Time} in the JVM's zone, with milliseconds. */
  static LocalTime localTime(Time value) {
    return Instant.ofEpochMilli(value.getTime()).atZone(ZoneId.systemDefault()).toLocalTime();
  }
}
