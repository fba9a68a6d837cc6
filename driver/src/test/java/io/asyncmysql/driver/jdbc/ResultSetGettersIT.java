package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every setter and getter over a table of many column types, in the text and the binary protocol. */
@ExtendWith(MySqlExtension.class)
class ResultSetGettersIT {
  private static final LocalDateTime MOMENT = LocalDateTime.of(2026, 11, 23, 12, 34, 56, 123_456_000);
  private static final byte[] BLOB = {0, 1, 2, (byte) 0xff};

  private Connection connection;

  @BeforeEach
  void fill(@FreshDatabase TestServer server) throws Exception {
    connection = DriverManager.getConnection(JdbcUrls.of(server, ""));
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS everything");
      s.execute("CREATE TABLE everything (id INT PRIMARY KEY, b BIT(1), bits BIT(10), ti TINYINT, tu TINYINT UNSIGNED,"
          + " si SMALLINT, mi MEDIUMINT, i INT, iu INT UNSIGNED, bi BIGINT, bu BIGINT UNSIGNED, f FLOAT, d DOUBLE,"
          + " amount DECIMAL(10,3), dt DATE, tm TIME(3), dtm DATETIME(6), ts TIMESTAMP(3) NULL, yr YEAR, ch CHAR(3),"
          + " vc VARCHAR(20), tx TEXT, bin BINARY(3), vb VARBINARY(10), bl BLOB, en ENUM('a','b'), st SET('x','y'),"
          + " js JSON, n INT NULL)");
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO everything VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setInt(1, 1);
      ps.setBoolean(2, true);
      ps.setShort(3, (short) 513);
      ps.setByte(4, (byte) -5);
      ps.setObject(5, "200", Types.TINYINT);
      ps.setShort(6, (short) -300);
      ps.setInt(7, 70_000);
      ps.setInt(8, -2_000_000_000);
      ps.setLong(9, 4_000_000_000L);
      ps.setLong(10, Long.MIN_VALUE);
      ps.setObject(11, new BigInteger("18446744073709551615"));
      ps.setFloat(12, 1.5f);
      ps.setDouble(13, 2.25);
      ps.setBigDecimal(14, new BigDecimal("1234.567"));
      ps.setDate(15, Date.valueOf("2026-11-23"));
      ps.setTime(16, new Time(Time.valueOf("12:34:56").getTime() + 789));
      ps.setObject(17, MOMENT);
      ps.setTimestamp(18, Timestamp.valueOf("2026-11-23 01:02:03.456"));
      ps.setObject(19, 2026, JDBCType.SMALLINT);
      ps.setCharacterStream(20, new StringReader("abc"));
      ps.setString(21, "héllo wörld");
      ps.setAsciiStream(22, new ByteArrayInputStream("long text".getBytes()), 9);
      ps.setBytes(23, new byte[] {1, 2, 3});
      ps.setBinaryStream(24, new ByteArrayInputStream(new byte[] {9, 8}));
      ps.setBlob(25, new ByteArrayInputStream(BLOB));
      ps.setString(26, "b");
      ps.setString(27, "x,y");
      ps.setString(28, "{\"a\": 1}");
      ps.setNull(29, Types.INTEGER);
      assertEquals(1, ps.executeUpdate());
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void textProtocol() throws Exception {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM everything")) {
      assertEveryGetter(rs);
    }
  }

  @Test
  void binaryProtocol() throws Exception {
    try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM everything WHERE id = ?")) {
      ps.setInt(1, 1);
      try (ResultSet rs = ps.executeQuery()) {
        assertEveryGetter(rs);
      }
    }
  }

  private static void assertEveryGetter(ResultSet rs) throws SQLException, IOException, ClassNotFoundException {
    assertTrue(rs.isBeforeFirst());
    assertTrue(rs.next());
    assertTrue(rs.isFirst() && rs.isLast());
    assertTrue(rs.getBoolean("b"));
    assertEquals("1", rs.getString("b"));
    assertEquals(513, rs.getInt("bits"));
    assertEquals(-5, rs.getByte("ti"));
    assertEquals(200, rs.getShort("tu"));
    assertEquals(-300, rs.getShort("si"));
    assertEquals(70_000, rs.getInt("mi"));
    assertEquals(-2_000_000_000, rs.getInt("i"));
    assertEquals(-2_000_000_000, rs.getObject("i", int.class));
    assertEquals(-2_000_000_000L, rs.getObject("i", Long.class));
    assertEquals(4_000_000_000L, rs.getLong("iu"));
    assertEquals(Long.MIN_VALUE, rs.getLong("bi"));
    assertEquals(new BigInteger("18446744073709551615"), rs.getObject("bu"));
    assertEquals(new BigDecimal("18446744073709551615"), rs.getBigDecimal("bu"));
    assertThrows(SQLDataException.class, () -> rs.getLong("bu"));
    assertEquals(1.5f, rs.getFloat("f"));
    assertEquals(2.25, rs.getDouble("d"));
    assertEquals(new BigDecimal("1234.567"), rs.getBigDecimal("amount"));
    assertEquals("1234.567", rs.getString("amount"));
    assertEquals(1234.567, rs.getDouble("amount"));
    assertEquals(Date.valueOf("2026-11-23"), rs.getDate("dt"));
    assertEquals(LocalDate.of(2026, 11, 23), rs.getObject("dt", LocalDate.class));
    assertEquals("2026-11-23", rs.getString("dt"));
    assertEquals(LocalTime.of(12, 34, 56, 789_000_000), rs.getObject("tm", LocalTime.class));
    assertEquals(new Time(Time.valueOf("12:34:56").getTime() + 789), rs.getTime("tm"));
    assertEquals("12:34:56.789", rs.getString("tm"));
    assertEquals(Timestamp.valueOf(MOMENT), rs.getTimestamp("dtm"));
    assertEquals(MOMENT, rs.getObject("dtm", LocalDateTime.class));
    assertEquals(MOMENT.atOffset(ZoneOffset.UTC), rs.getObject("dtm", OffsetDateTime.class));
    assertEquals(MOMENT.toInstant(ZoneOffset.UTC), rs.getObject("dtm", Instant.class));
    assertEquals("2026-11-23 12:34:56.123456", rs.getString("dtm"));
    assertEquals(Date.valueOf("2026-11-23"), rs.getDate("dtm"));
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    assertEquals(MOMENT.toInstant(ZoneOffset.UTC), rs.getTimestamp("dtm", utc).toInstant());
    assertEquals(Timestamp.valueOf("2026-11-23 01:02:03.456"), rs.getTimestamp("ts"));
    assertEquals(2026, rs.getInt("yr"));
    assertEquals("abc", rs.getString("ch"));
    assertEquals("héllo wörld", rs.getString("vc"));
    assertEquals("héllo wörld", rs.getNString("vc"));
    assertEquals("long text", rs.getString("tx"));
    java.io.StringWriter text = new java.io.StringWriter();
    rs.getCharacterStream("tx").transferTo(text);
    assertEquals("long text", text.toString());
    assertArrayEquals(new byte[] {1, 2, 3}, rs.getBytes("bin"));
    assertArrayEquals(new byte[] {9, 8}, rs.getBytes("vb"));
    assertArrayEquals(BLOB, rs.getBinaryStream("bl").readAllBytes());
    assertArrayEquals(BLOB, rs.getBlob("bl").getBytes(1, BLOB.length));
    assertEquals("long text", rs.getClob("tx").getSubString(1, 9));
    assertEquals("b", rs.getString("en"));
    assertEquals("x,y", rs.getString("st"));
    assertTrue(rs.getString("js").contains("\"a\""), rs.getString("js"));
    assertEquals(0, rs.getInt("n"));
    assertTrue(rs.wasNull());
    assertNull(rs.getString("n"));
    assertNull(rs.getObject("n"));
    assertNull(rs.getTimestamp("n"));
    assertTrue(rs.getBoolean("ti"));
    assertFalse(rs.wasNull());

    ResultSetMetaData md = rs.getMetaData();
    assertEquals(29, md.getColumnCount());
    for (int i = 1; i <= md.getColumnCount(); i++) {
      Object value = rs.getObject(i);
      if (value != null) {
        Class<?> declared = Class.forName(md.getColumnClassName(i), false, ResultSetGettersIT.class.getClassLoader());
        assertTrue(declared.isInstance(value), md.getColumnLabel(i) + ": " + value.getClass() + " is not a " + declared);
      }
    }
    assertEquals(Types.INTEGER, md.getColumnType(rs.findColumn("i")));
    assertEquals(Types.BIGINT, md.getColumnType(rs.findColumn("iu")));
    assertEquals(Types.BIGINT, md.getColumnType(rs.findColumn("bi")));
    assertEquals(Types.DECIMAL, md.getColumnType(rs.findColumn("amount")));
    assertEquals(10, md.getPrecision(rs.findColumn("amount")));
    assertEquals(3, md.getScale(rs.findColumn("amount")));
    assertEquals(Types.VARCHAR, md.getColumnType(rs.findColumn("vc")));
    assertEquals(Types.VARBINARY, md.getColumnType(rs.findColumn("vb")));
    assertEquals(Types.LONGVARBINARY, md.getColumnType(rs.findColumn("bl")));
    assertEquals(Types.LONGVARCHAR, md.getColumnType(rs.findColumn("tx")));
    assertEquals(Types.DATE, md.getColumnType(rs.findColumn("dt")));
    assertEquals(Types.TIMESTAMP, md.getColumnType(rs.findColumn("dtm")));
    assertEquals("everything", md.getTableName(1));
    assertEquals("id", md.getColumnName(1));
    assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
    assertEquals(ResultSetMetaData.columnNullable, md.isNullable(md.getColumnCount()));
    assertTrue(md.isSigned(rs.findColumn("i")));
    assertFalse(md.isSigned(rs.findColumn("iu")));

    SQLException noColumn = assertThrows(SQLException.class, () -> rs.getString("nope"));
    assertEquals("42S22", noColumn.getSQLState());
    assertThrows(SQLException.class, () -> rs.getString(30));
    assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateInt(1, 2));
    assertThrows(SQLFeatureNotSupportedException.class, rs::previous);
    assertFalse(rs.next());
    assertTrue(rs.isAfterLast());
    SQLException afterLast = assertThrows(SQLException.class, () -> rs.getInt(1));
    assertEquals("24000", afterLast.getSQLState());
  }
}
