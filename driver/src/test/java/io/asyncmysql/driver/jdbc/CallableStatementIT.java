package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stored procedures with IN, OUT and INOUT parameters and result sets. */
@ExtendWith(MySqlExtension.class)
class CallableStatementIT {
  private Connection connection;

  @BeforeEach
  void connect(@FreshDatabase TestServer server) throws SQLException {
    connection = DriverManager.getConnection(JdbcUrls.of(server, ""));
    try (Statement s = connection.createStatement()) {
      s.execute("DROP PROCEDURE IF EXISTS scale");
      s.execute("CREATE PROCEDURE scale(IN factor INT, OUT label VARCHAR(20), INOUT total INT)\n"
          + "BEGIN\n"
          + "  SET total = total * factor;\n"
          + "  SET label = CONCAT('x', factor);\n"
          + "  SELECT factor AS f, total AS t;\n"
          + "  SELECT 'second' AS s UNION ALL SELECT 'rows';\n"
          + "END");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void inOutAndInoutParametersWithResultSets() throws SQLException {
    for (String sql : new String[] {"{call scale(?, ?, ?)}", "CALL scale(?, ?, ?)"}) {
      try (CallableStatement call = connection.prepareCall(sql)) {
        call.setInt(1, 3);
        call.registerOutParameter(2, Types.VARCHAR);
        call.setInt(3, 7);
        call.registerOutParameter(3, Types.INTEGER);
        assertTrue(call.execute());
        try (ResultSet rs = call.getResultSet()) {
          assertTrue(rs.next());
          assertEquals(3, rs.getInt("f"));
          assertEquals(21, rs.getInt("t"));
          assertFalse(rs.next());
        }
        assertTrue(call.getMoreResults());
        try (ResultSet rs = call.getResultSet()) {
          assertTrue(rs.next());
          assertEquals("second", rs.getString(1));
          assertTrue(rs.next());
          assertEquals("rows", rs.getString(1));
        }
        assertFalse(call.getMoreResults());
        assertEquals("x3", call.getString(2));
        assertFalse(call.wasNull());
        assertEquals(21, call.getInt(3));
        assertEquals(21L, call.getObject(3, Long.class));

        call.setInt(1, 2);
        call.setNull(3, Types.INTEGER);
        call.execute();
        assertEquals("x2", call.getString(2));
        assertEquals(0, call.getInt(3));
        assertTrue(call.wasNull());
      }
    }
  }

  @Test
  void refusesWhatItCannotDo() throws SQLException {
    assertThrows(SQLFeatureNotSupportedException.class, () -> connection.prepareCall("{? = call f(?)}"));
    try (CallableStatement call = connection.prepareCall("{call scale(?, ?, ?)}")) {
      assertThrows(SQLFeatureNotSupportedException.class, () -> call.getInt("total"));
      SQLException notRegistered = assertThrows(SQLException.class, () -> call.getInt(1));
      assertEquals("07009", notRegistered.getSQLState());
      call.registerOutParameter(2, Types.VARCHAR);
      SQLException notRun = assertThrows(SQLException.class, () -> call.getString(2));
      assertEquals("HY010", notRun.getSQLState());
    }
  }
}
