package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {
  @Test
  void javaSqlTypesBecomeJavaTime() throws SQLException {
    assertEquals(LocalDate.of(2026, 11, 23), ParameterValues.of(Date.valueOf("2026-11-23")));
    assertEquals(LocalTime.of(12, 34, 56, 789_000_000), ParameterValues.of(new Time(Time.valueOf("12:34:56").getTime() + 789)));
    assertEquals(LocalDateTime.of(2026, 11, 23, 1, 2, 3, 456_789_000), ParameterValues.of(Timestamp.valueOf("2026-11-23 01:02:03.456789")));
    assertEquals("x", ParameterValues.of('x'));
    assertNull(ParameterValues.of(null));
    assertArrayEquals(new byte[] {1, 2}, (byte[]) ParameterValues.of(new ByteArrayInputStream(new byte[] {1, 2})));
    assertEquals("text", ParameterValues.of(new StringReader("text")));
  }

  @Test
  void aTargetSqlTypeConvertsFirst() throws SQLException {
    assertEquals("42", ParameterValues.of(42, Types.VARCHAR, -1));
    assertEquals("2026-11-23", ParameterValues.of(Date.valueOf("2026-11-23"), Types.VARCHAR, -1));
    assertEquals(BigInteger.valueOf(200), ParameterValues.of("200", Types.TINYINT, -1));
    assertEquals(true, ParameterValues.of(1, Types.BOOLEAN, -1));
    assertEquals(false, ParameterValues.of("false", Types.BIT, -1));
    assertEquals(new BigDecimal("1.24"), ParameterValues.of(1.235, Types.DECIMAL, 2));
    assertEquals(2.5, ParameterValues.of("2.5", Types.DOUBLE, -1));
    assertEquals(1.5f, ParameterValues.of(1.5, Types.REAL, -1));
    assertEquals(LocalDate.of(2026, 11, 23), ParameterValues.of("2026-11-23", Types.DATE, -1));
    assertEquals(LocalDate.of(2026, 11, 23), ParameterValues.of(Timestamp.valueOf("2026-11-23 10:00:00"), Types.DATE, -1));
    assertEquals(LocalTime.of(10, 0), ParameterValues.of("10:00", Types.TIME, -1));
    assertEquals(LocalDateTime.of(2026, 11, 23, 0, 0), ParameterValues.of(LocalDate.of(2026, 11, 23), Types.TIMESTAMP, -1));
    assertNull(ParameterValues.of("anything", Types.NULL, -1));
  }

  @Test
  void anImpossibleConversionIsAClearError() {
    SQLException number = assertThrows(SQLException.class, () -> ParameterValues.of("abc", Types.INTEGER, -1));
    assertEquals("conversion: abc to INTEGER (expected: a value of that type)", number.getMessage());
    assertEquals("22018", number.getSQLState());
    SQLException fraction = assertThrows(SQLException.class, () -> ParameterValues.of(1.5, Types.BIGINT, -1));
    assertEquals("22018", fraction.getSQLState());
    SQLException bytes = assertThrows(SQLException.class, () -> ParameterValues.of(new byte[1], Types.VARCHAR, -1));
    assertEquals("conversion: [B to VARCHAR (expected: a value that converts to it)", bytes.getMessage());
    SQLFeatureNotSupportedException array = assertThrows(SQLFeatureNotSupportedException.class, () -> ParameterValues.of(1, Types.ARRAY, -1));
    assertEquals("target SQL type: ARRAY is not supported (expected: a character, number, date, time or binary type)", array.getMessage());
  }

  @Test
  void aStreamWithALengthMustHoldThatMuch() throws SQLException {
    assertArrayEquals(new byte[] {1, 2}, ParameterValues.bytes(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2));
    SQLException shortStream = assertThrows(SQLException.class, () -> ParameterValues.bytes(new ByteArrayInputStream(new byte[] {1}), 2));
    assertEquals("stream: ended after 1 bytes (expected: 2)", shortStream.getMessage());
    assertEquals("ab", ParameterValues.text(new StringReader("abc"), 2));
    SQLException shortReader = assertThrows(SQLException.class, () -> ParameterValues.text(new StringReader("a"), 3));
    assertEquals("reader: ended after 1 characters (expected: 3)", shortReader.getMessage());
  }
}
