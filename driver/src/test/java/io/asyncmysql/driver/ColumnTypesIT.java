package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every column type, written as a parameter and read back through the text protocol and the binary
 * protocol: both decode to the value that was written, and to each other.
 */
@ExtendWith(MySqlExtension.class)
class ColumnTypesIT {
  private static final List<Column> COLUMNS = List.of(
      new Column("c_tiny", "TINYINT", (byte) -128),
      new Column("c_tiny_u", "TINYINT UNSIGNED", (short) 255),
      new Column("c_small", "SMALLINT", (short) -32768),
      new Column("c_small_u", "SMALLINT UNSIGNED", 65535),
      new Column("c_medium", "MEDIUMINT", -8388608),
      new Column("c_medium_u", "MEDIUMINT UNSIGNED", 16777215),
      new Column("c_int", "INT", Integer.MIN_VALUE),
      new Column("c_int_u", "INT UNSIGNED", 4294967295L),
      new Column("c_big", "BIGINT", Long.MIN_VALUE),
      new Column("c_big_u", "BIGINT UNSIGNED", new BigInteger("18446744073709551615")),
      new Column("c_float", "FLOAT", 1.5f),
      new Column("c_double", "DOUBLE", -2.25e300),
      new Column("c_decimal", "DECIMAL(30,6)", new BigDecimal("-123456789012345678901234.123456")),
      new Column("c_year", "YEAR", (short) 2155),
      new Column("c_date", "DATE", LocalDate.of(1999, 12, 31)),
      new Column("c_time", "TIME(6)", Duration.ofHours(-838).minusMinutes(59).minusSeconds(59)),
      new Column("c_time_frac", "TIME(6)", Duration.ofHours(25).plusNanos(123_456_000)),
      new Column("c_datetime", "DATETIME(6)", LocalDateTime.of(2026, 11, 23, 23, 59, 58, 999_999_000)),
      new Column("c_timestamp", "TIMESTAMP(3) NULL", LocalDateTime.of(2030, 1, 2, 3, 4, 5, 6_000_000)),
      new Column("c_bit1", "BIT(1)", true),
      new Column("c_bit64", "BIT(64)", -1L),
      new Column("c_enum", "ENUM('small','large')", "large"),
      new Column("c_set", "SET('a','b','c')", "a,c"),
      new Column("c_char", "CHAR(10)", "fixed"),
      new Column("c_varchar", "VARCHAR(100)", "grüße, 世界 🙂"),
      new Column("c_text", "TEXT", "x".repeat(70_000 / 2)),
      new Column("c_longtext", "LONGTEXT", "long " + "y".repeat(300)),
      new Column("c_binary", "BINARY(4)", new byte[] {0, 1, (byte) 0xFE, (byte) 0xFF}),
      new Column("c_varbinary", "VARBINARY(10)", new byte[] {(byte) 0xFB, 0, (byte) 0xFC}),
      new Column("c_blob", "BLOB", new byte[300]),
      new Column("c_longblob", "LONGBLOB", new byte[] {(byte) 0xFF, (byte) 0xFE}));

  private MySqlConnection conn;

  @BeforeEach
  void createTable(@FreshDatabase TestServer server) {
    conn = MySqlConnection.connect(server.url()).join();
    StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS every_type (id INT PRIMARY KEY");
    for (Column c : COLUMNS) {
      ddl.append(", ").append(c.name).append(' ').append(c.type);
    }
    conn.query(ddl.append(')').toString()).join();
    conn.query("DELETE FROM every_type").join();
  }

  @AfterEach
  void close() {
    conn.close().join();
  }

  @Test
  void everyTypeRoundTripsThroughBothProtocols() {
    List<Object> values = new ArrayList<>();
    values.add(1);
    COLUMNS.forEach(c -> values.add(c.value));
    conn.query(insert(), values.toArray()).join();

    Row text = conn.query("SELECT * FROM every_type WHERE id = 1").join().get(0);
    Row binary = conn.query("SELECT * FROM every_type WHERE id = ?", 1).join().get(0);
    for (int i = 0; i < COLUMNS.size(); i++) {
      Column c = COLUMNS.get(i);
      Object expected = c.name.equals("c_set") ? "a,c" : c.value;
      assertValue(expected, text.get(c.name, expected.getClass()), "text " + c.name);
      assertValue(expected, binary.get(c.name, expected.getClass()), "binary " + c.name);
      assertValue(text.get(i + 1), binary.get(i + 1), "natural type of " + c.name);
    }
  }

  @Test
  void nullReadsAsNullInEveryTypeAndProtocol() {
    Object[] values = new Object[COLUMNS.size() + 1];
    values[0] = 2;
    conn.query(insert(), values).join();
    Row text = conn.query("SELECT * FROM every_type WHERE id = 2").join().get(0);
    Row binary = conn.query("SELECT * FROM every_type WHERE id = ?", 2).join().get(0);
    for (Column c : COLUMNS) {
      assertNull(text.get(c.name, Object.class), c.name);
      assertNull(binary.get(c.name, c.value.getClass()), c.name);
    }
  }

  private static String insert() {
    return "INSERT INTO every_type VALUES (?" + ", ?".repeat(COLUMNS.size()) + ")";
  }

  private static void assertValue(Object expected, Object actual, String what) {
    if (expected instanceof byte[] bytes) {
      assertArrayEquals(bytes, (byte[]) actual, what);
    } else {
      assertEquals(expected, actual, what);
    }
  }

  private record Column(String name, String type, Object value) {}
}
