package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.jdbc.ProductDao.Product;
import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JDBC adapter against a real server: DAO code, transactions, batches, keys, errors, the event-loop guard. */
@ExtendWith(MySqlExtension.class)
class JdbcIT {
  private TestServer server;
  private Connection connection;

  @BeforeEach
  void connect(@FreshDatabase TestServer server) throws SQLException {
    this.server = server;
    connection = DriverManager.getConnection(JdbcUrls.of(server, "allowMultiQueries=true"));
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    assertTrue(connection.isClosed());
  }

  @Test
  void aPlainDaoDoesCrud() throws SQLException {
    ProductDao dao = new ProductDao(connection);
    dao.createTable();
    long chair = dao.insert("chair", new BigDecimal("19.90"));
    long table = dao.insert("table", null);
    assertEquals(chair + 1, table);
    assertEquals(new Product(chair, "chair", new BigDecimal("19.90")), dao.find(chair).orElseThrow());
    assertNull(dao.find(table).orElseThrow().price());
    assertEquals(1, dao.updatePrice(table, new BigDecimal("99.00")));
    assertEquals(new BigDecimal("99.00"), dao.find(table).orElseThrow().price());
    assertEquals(1, dao.delete(chair));
    assertTrue(dao.find(chair).isEmpty());
    assertEquals(1, dao.count());
  }

  @Test
  void aRolledBackTransactionLeavesNothing() throws SQLException {
    execute("CREATE TABLE account (id INT PRIMARY KEY, balance INT) ENGINE=InnoDB");
    assertTrue(connection.getAutoCommit());
    connection.setAutoCommit(false);
    execute("INSERT INTO account VALUES (1, 100)");
    connection.rollback();
    assertEquals(0, count("account"));

    execute("INSERT INTO account VALUES (2, 200)");
    Savepoint savepoint = connection.setSavepoint("before_three");
    execute("INSERT INTO account VALUES (3, 300)");
    connection.rollback(savepoint);
    Savepoint unnamed = connection.setSavepoint();
    connection.releaseSavepoint(unnamed);
    connection.commit();
    connection.setAutoCommit(true);
    assertEquals(1, count("account"));
    SQLException e = assertThrows(SQLException.class, connection::commit);
    assertEquals("commit: auto-commit is on (expected: setAutoCommit(false) first)", e.getMessage());
  }

  @Test
  void batchesReportEveryCount() throws SQLException {
    execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))");
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
      for (int i = 1; i <= 100; i++) {
        ps.setInt(1, i);
        ps.setString(2, "item " + i);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      assertEquals(100, counts.length);
      assertTrue(java.util.Arrays.stream(counts).allMatch(c -> c == 1));
    }
    assertEquals(100, count("item"));
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
      for (int id : new int[] {101, 5, 102}) {
        ps.setInt(1, id);
        ps.setString(2, "again");
        ps.addBatch();
      }
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertArrayEquals(new int[] {Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED}, e.getUpdateCounts(),
          "the rows were folded into one statement, which failed as a whole");
      assertEquals("23000", e.getSQLState());
      assertEquals(1062, e.getErrorCode());
    }
    assertEquals(100, count("item"));

    try (Statement s = connection.createStatement()) {
      s.addBatch("UPDATE item SET name = 'x' WHERE id <= 10");
      s.addBatch("INSERT INTO item VALUES (1, 'duplicate')");
      s.addBatch("DELETE FROM item WHERE id > 90");
      BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
      assertArrayEquals(new int[] {10, Statement.EXECUTE_FAILED, 10}, e.getUpdateCounts());
      assertEquals("23000", e.getSQLState());
      assertEquals(1062, e.getErrorCode());
    }
    assertEquals(90, count("item"));
  }

  @Test
  void literalsAreQuotedForTheSessionsSqlMode() throws SQLException {
    String value = "it's a \\ backslash, \\' and ''";
    try (Statement s = connection.createStatement()) {
      assertEquals(value, selectLiteral(s, value));
      s.execute("SET @saved_mode = @@sql_mode");
      s.execute("SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'");
      try {
        assertEquals("'it''s a \\ backslash, \\'' and '''''", s.enquoteLiteral(value));
        assertEquals(value, selectLiteral(s, value));
      } finally {
        s.execute("SET SESSION sql_mode = @saved_mode");
      }
    }
  }

  private static String selectLiteral(Statement s, String value) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT " + s.enquoteLiteral(value))) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  @Test
  void generatedKeysCoverEveryInsertedRow() throws SQLException {
    execute("CREATE TABLE tag (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20))");
    try (Statement s = connection.createStatement()) {
      assertEquals(3, s.executeUpdate("INSERT INTO tag (name) VALUES ('a'), ('b'), ('c')", Statement.RETURN_GENERATED_KEYS));
      assertEquals(List.of(1L, 2L, 3L), keys(s));
      s.executeUpdate("UPDATE tag SET name = 'z'");
      assertEquals(List.of(), keys(s));
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO tag (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, "d");
      ps.addBatch();
      ps.setString(1, "e");
      ps.addBatch();
      ps.executeBatch();
      assertEquals(List.of(4L, 5L), keys(ps));
      try (ResultSet rs = ps.getGeneratedKeys()) {
        assertEquals("GENERATED_KEY", rs.getMetaData().getColumnLabel(1));
      }
    }
  }

  @Test
  void serverErrorsBecomeSqlExceptionSubclassesWithSqlStateAndVendorCode() throws SQLException {
    execute("CREATE TABLE uniq (id INT PRIMARY KEY)");
    execute("INSERT INTO uniq VALUES (1)");
    SQLIntegrityConstraintViolationException duplicate =
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> execute("INSERT INTO uniq VALUES (1)"));
    assertEquals("23000", duplicate.getSQLState());
    assertEquals(1062, duplicate.getErrorCode());

    SQLSyntaxErrorException syntax = assertThrows(SQLSyntaxErrorException.class, () -> execute("SELEKT 1"));
    assertEquals("42000", syntax.getSQLState());
    assertEquals(1064, syntax.getErrorCode());

    SQLSyntaxErrorException unknown = assertThrows(SQLSyntaxErrorException.class, () -> execute("SELECT * FROM no_such_table"));
    assertEquals("42S02", unknown.getSQLState());
    assertEquals(1146, unknown.getErrorCode());
    assertEquals(1, count("uniq"), "the connection stays usable");
  }

  @Test
  void awaitingOnTheEventLoopFailsFast() throws SQLException {
    MySqlConnection async = connection.unwrap(MySqlConnection.class);
    // The sleep makes sure the callback is attached before the result arrives, so that it runs on the event loop.
    CompletableFuture<Object> blocking = async.query("SELECT SLEEP(1)").thenApply(rows -> {
      try {
        return VirtualThreads.await(async.query("SELECT 2"));
      } catch (SQLException e) {
        throw new CompletionException(e);
      }
    });
    CompletionException e = assertThrows(CompletionException.class, blocking::join);
    IllegalStateException cause = assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(cause.getMessage().matches("blocking call on event loop thread asyncmysql-.*; use the CompletableFuture API"), cause.getMessage());
  }

  @Test
  void asyncTurnsJdbcCodeIntoAFuture() throws Exception {
    String url = JdbcUrls.of(server, "");
    CompletableFuture<Integer> sum = VirtualThreads.async(() -> {
      try (Connection c = DriverManager.getConnection(url);
          PreparedStatement ps = c.prepareStatement("SELECT ? + ?")) {
        ps.setInt(1, 40);
        ps.setInt(2, 2);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
    assertEquals(42, sum.get(30, TimeUnit.SECONDS));
  }

  @Test
  void multipleResultsAreWalkedWithGetMoreResults() throws SQLException {
    execute("CREATE TABLE multi (id INT)");
    try (Statement s = connection.createStatement()) {
      assertTrue(s.execute("SELECT 1; INSERT INTO multi VALUES (1), (2); SELECT 'three' AS t"));
      try (ResultSet rs = s.getResultSet()) {
        assertTrue(rs.next());
        assertEquals(1, rs.getInt(1));
      }
      assertEquals(-1, s.getUpdateCount());
      assertFalse(s.getMoreResults());
      assertEquals(2, s.getUpdateCount());
      assertTrue(s.getMoreResults());
      ResultSet rs = s.getResultSet();
      assertTrue(rs.next());
      assertEquals("three", rs.getString("t"));
      assertFalse(s.getMoreResults());
      assertTrue(rs.isClosed());
      assertEquals(-1, s.getUpdateCount());
    }
  }

  @Test
  void warningsAreReadWithShowWarnings() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT CAST('12abc' AS SIGNED)")) {
      rs.next();
      assertEquals(12, rs.getInt(1));
      SQLWarning warning = s.getWarnings();
      assertEquals(1292, warning.getErrorCode());
      assertTrue(warning.getMessage().contains("12abc"), warning.getMessage());
      s.clearWarnings();
      assertNull(s.getWarnings());
    }
  }

  @Test
  void maxRowsTrimsTheResult() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setMaxRows(2);
      try (ResultSet rs = s.executeQuery("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3")) {
        assertTrue(rs.next());
        assertTrue(rs.next());
        assertFalse(rs.next());
      }
    }
  }

  @Test
  void theNetworkTimeoutClosesTheConnection() throws SQLException {
    connection.setNetworkTimeout(Runnable::run, 200);
    assertEquals(200, connection.getNetworkTimeout());
    SQLNonTransientConnectionException e = assertThrows(SQLNonTransientConnectionException.class, () -> execute("SELECT SLEEP(5)"));
    assertTrue(e.getMessage().startsWith("network timeout: 200 ms elapsed"), e.getMessage());
    assertTrue(connection.isClosed());
    assertFalse(connection.isValid(1));
    assertThrows(SQLNonTransientConnectionException.class, connection::createStatement);
  }

  @Test
  void validityCatalogIsolationAndReadOnly() throws SQLException {
    assertTrue(connection.isValid(5));
    assertEquals(server.database(), connection.getCatalog());
    assertEquals(server.database(), connection.getSchema());
    assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.getTransactionIsolation());
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
    connection.setReadOnly(true);
    assertTrue(connection.isReadOnly());
    connection.setAutoCommit(false);
    SQLException readOnly = assertThrows(SQLException.class, () -> execute("CREATE TEMPORARY TABLE t (id INT) ENGINE=InnoDB; INSERT INTO t VALUES (1)"));
    assertEquals("25006", readOnly.getSQLState());
    connection.rollback();
    connection.setCatalog("information_schema");
    assertEquals("information_schema", connection.getCatalog());
    connection.setClientInfo("ApplicationName", "test");
    assertEquals("test", connection.getClientInfo("ApplicationName"));
  }

  @Test
  void databaseMetaDataDescribesTheServerAndItsTables() throws SQLException {
    execute("CREATE TABLE described (id INT NOT NULL AUTO_INCREMENT, code CHAR(3), note VARCHAR(40) NULL, PRIMARY KEY (id, code))");
    var meta = connection.getMetaData();
    assertEquals(server.flavour() == Flavour.MARIADB ? "MariaDB" : "MySQL", meta.getDatabaseProductName());
    assertTrue(meta.getDatabaseMajorVersion() >= 9, meta.getDatabaseProductVersion());
    assertTrue(meta.getDatabaseProductVersion().contains(meta.getDatabaseMajorVersion() + "." + meta.getDatabaseMinorVersion() + "."));
    assertEquals("asyncmysql", meta.getDriverName());
    assertEquals("`", meta.getIdentifierQuoteString());
    assertTrue(meta.supportsBatchUpdates());
    assertTrue(meta.getURL().startsWith("jdbc:asyncmysql://"));
    assertTrue(meta.getUserName().startsWith(server.user() + "@"));

    try (ResultSet tables = meta.getTables(server.database(), null, "describ%", new String[] {"TABLE"})) {
      assertTrue(tables.next());
      assertEquals("described", tables.getString("TABLE_NAME"));
      assertEquals("TABLE", tables.getString("TABLE_TYPE"));
      assertEquals(server.database(), tables.getString("TABLE_CAT"));
      assertFalse(tables.next());
    }
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(null, server.database(), "described", "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("DATA_TYPE") + " " + rs.getInt("NULLABLE") + " " + rs.getString("IS_AUTOINCREMENT"));
      }
    }
    assertEquals(List.of("id 4 0 YES", "code 1 0 NO", "note 12 1 NO"), columns);
    List<String> keys = new ArrayList<>();
    try (ResultSet rs = meta.getPrimaryKeys(server.database(), null, "described")) {
      while (rs.next()) {
        keys.add(rs.getString("COLUMN_NAME") + " " + rs.getShort("KEY_SEQ"));
      }
    }
    assertEquals(List.of("code 2", "id 1"), keys);
    List<String> catalogs = new ArrayList<>();
    try (ResultSet rs = meta.getCatalogs()) {
      while (rs.next()) {
        catalogs.add(rs.getString("TABLE_CAT"));
      }
    }
    assertTrue(catalogs.contains(server.database()), catalogs.toString());
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private int count(String table) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static List<Long> keys(Statement s) throws SQLException {
    List<Long> keys = new ArrayList<>();
    try (ResultSet rs = s.getGeneratedKeys()) {
      while (rs.next()) {
        keys.add(rs.getLong(1));
      }
    }
    return keys;
  }
}
