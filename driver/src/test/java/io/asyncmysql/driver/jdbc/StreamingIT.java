package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code executeQuery} with a fetch size streams: text results under back-pressure, prepared ones through a cursor. */
@ExtendWith(MySqlExtension.class)
class StreamingIT {
  private static final int ROWS = 200_000;

  private Connection connection;

  @BeforeEach
  void connect(@FreshDatabase TestServer server) throws SQLException {
    connection = DriverManager.getConnection(JdbcUrls.of(server, ""));
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS big (id INT PRIMARY KEY, pad VARCHAR(100)) ENGINE=InnoDB");
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM big")) {
        rs.next();
        if (rs.getInt(1) == ROWS) {
          return;
        }
      }
      s.execute("CREATE TABLE digit (n INT)");
      s.execute("INSERT INTO digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
      s.execute("INSERT INTO big SELECT 1 + a.n + 10 * b.n + 100 * c.n + 1000 * d.n + 10000 * e.n + 100000 * f.n, REPEAT('x', 100)"
          + " FROM digit a, digit b, digit c, digit d, digit e, digit f WHERE f.n < 2");
      s.execute("DROP TABLE digit");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void aStatementStreamsEveryRowInOrder() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(1000);
      try (ResultSet rs = s.executeQuery("SELECT id, pad FROM big ORDER BY id")) {
        assertCountsEveryRow(rs);
      }
    }
    assertStillUsable();
  }

  @Test
  void aPreparedStatementStreamsThroughACursor() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, pad FROM big WHERE id > ? ORDER BY id")) {
      ps.setFetchSize(1000);
      ps.setInt(1, 0);
      try (ResultSet rs = ps.executeQuery()) {
        assertCountsEveryRow(rs);
      }
    }
    assertStillUsable();
  }

  @Test
  void connectorJsStreamingSignalStreams() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(Integer.MIN_VALUE);
      assertEquals(Integer.MIN_VALUE, s.getFetchSize());
      try (ResultSet rs = s.executeQuery("SELECT id, pad FROM big ORDER BY id")) {
        assertCountsEveryRow(rs);
      }
    }
  }

  /**
   * The text statement produces its rows slowly, so that it still runs on the server when the result
   * set closes and the kill stops it; the prepared one closes its cursor.
   */
  @Test
  void closingEarlyStopsTheStatementAndTheConnectionGoesOn() throws SQLException {
    for (String sql : new String[] {"SELECT id, SLEEP(0.001) FROM big", "SELECT id FROM big WHERE id > ?"}) {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setFetchSize(100);
        if (sql.endsWith("?")) {
          ps.setInt(1, 0);
        }
        ResultSet rs = ps.executeQuery();
        for (int i = 0; i < 150; i++) {
          assertTrue(rs.next());
        }
        SQLException busy = assertThrows(SQLException.class, () -> count("SELECT COUNT(*) FROM big"));
        assertEquals("HY010", busy.getSQLState());
        rs.close();
      }
      assertStillUsable();
    }
  }

  @Test
  void maxRowsStopsTheStream() throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT id FROM big WHERE id > ? ORDER BY id")) {
      s.setFetchSize(3);
      s.setMaxRows(5);
      s.setInt(1, 0);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.isBeforeFirst());
        for (int i = 1; i <= 5; i++) {
          assertTrue(rs.next());
          assertEquals(i, rs.getInt(1));
          assertEquals(i, rs.getRow());
          assertEquals(i == 1, rs.isFirst());
          assertEquals(i == 5, rs.isLast());
        }
        assertFalse(rs.next());
        assertTrue(rs.isAfterLast());
        assertEquals(0, rs.getRow());
      }
    }
    assertStillUsable();
  }

  @Test
  void aFailingStatementFailsExecuteQuery() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(10);
      assertThrows(SQLSyntaxErrorException.class, () -> s.executeQuery("SELECT * FROM missing"));
      try (ResultSet rs = s.executeQuery("SELECT id FROM big WHERE id < 0")) {
        assertFalse(rs.isBeforeFirst());
        assertFalse(rs.next());
        assertFalse(rs.next());
      }
    }
    assertStillUsable();
  }

  @Test
  void aStreamReadToTheEndFreesTheConnectionBeforeTheResultSetCloses() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(2);
      ResultSet rs = s.executeQuery("SELECT id, pad FROM big WHERE id <= 3 ORDER BY id");
      assertTrue(rs.next());
      assertEquals("x".repeat(100), rs.getString("pad"));
      assertEquals(String.class, rs.getObject(2).getClass());
      assertEquals("pad", rs.getMetaData().getColumnLabel(2));
      assertTrue(rs.next());
      assertTrue(rs.next());
      assertFalse(rs.next());
      assertEquals(ROWS, count("SELECT COUNT(*) FROM big"));
      assertEquals(rs, s.getResultSet());
      rs.close();
    }
  }

  private static void assertCountsEveryRow(ResultSet rs) throws SQLException {
    int expected = 0;
    while (rs.next()) {
      expected++;
      assertEquals(expected, rs.getInt(1));
      assertEquals(100, rs.getString(2).length());
    }
    assertEquals(ROWS, expected);
  }

  private void assertStillUsable() throws SQLException {
    assertEquals(ROWS, count("SELECT COUNT(*) FROM big"));
  }

  private int count(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
