package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.driver.ColumnMetadata;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.sql.Types;
import org.junit.jupiter.api.Test;

class JdbcTypeTest {
  private static JdbcType of(String typeName, long length, boolean unsigned, boolean binary) {
    return JdbcType.of(new ColumnMetadata("c", "c", "t", "t", "db", typeName, length, 0, true, unsigned, binary, false), binary);
  }

  @Test
  void protocolAndSqlTypeNamesMapAlike() {
    assertEquals(new JdbcType(Types.BIGINT, "BIGINT UNSIGNED", BigInteger.class), of("LONGLONG UNSIGNED", 20, true, false));
    assertEquals(new JdbcType(Types.BIGINT, "BIGINT UNSIGNED", BigInteger.class), of("BIGINT UNSIGNED", 20, true, false));
    assertEquals(new JdbcType(Types.INTEGER, "INT", Integer.class), of("LONG", 11, false, false));
    assertEquals(new JdbcType(Types.BIGINT, "INT UNSIGNED", Long.class), of("INT UNSIGNED", 10, true, false));
    assertEquals(new JdbcType(Types.TIMESTAMP, "DATETIME", Timestamp.class), of("DATETIME", 26, false, false));
  }

  @Test
  void stringTypesAreTextOrBytes() {
    assertEquals(Types.VARCHAR, of("VAR_STRING", 80, false, false).sqlType());
    assertEquals(Types.VARBINARY, of("VAR_STRING", 10, false, true).sqlType());
    assertEquals(Types.LONGVARCHAR, of("BLOB", 65535, false, false).sqlType());
    assertEquals(Types.LONGVARBINARY, of("BLOB", 65535, false, true).sqlType());
    assertEquals(String.class, of("JSON", 0, false, true).javaClass());
    assertEquals(Boolean.class, of("BIT", 1, true, false).javaClass());
    assertEquals(byte[].class, of("BIT", 10, true, false).javaClass());
    assertEquals(new JdbcType(Types.VARCHAR, "INET6", String.class), of("INET6", 39, false, false));
  }
}
