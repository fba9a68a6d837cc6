package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DatabaseMetaData's information_schema queries: indexes, foreign keys, routines, types. */
@ExtendWith(MySqlExtension.class)
class DatabaseMetaDataIT {
  private TestServer server;
  private Connection connection;
  private DatabaseMetaData meta;

  @BeforeEach
  void schema(@FreshDatabase TestServer server) throws SQLException {
    this.server = server;
    connection = DriverManager.getConnection(JdbcUrls.of(server, ""));
    meta = connection.getMetaData();
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS line, orders");
      s.execute("DROP PROCEDURE IF EXISTS archive");
      s.execute("DROP FUNCTION IF EXISTS twice");
      s.execute("CREATE TABLE orders (id INT PRIMARY KEY, code VARCHAR(10) NOT NULL, UNIQUE KEY by_code (code)) ENGINE=InnoDB");
      s.execute("CREATE TABLE line (order_id INT, n INT, qty INT, PRIMARY KEY (order_id, n), KEY by_qty (qty),"
          + " CONSTRAINT line_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE) ENGINE=InnoDB");
      s.execute("CREATE PROCEDURE archive() BEGIN END");
      s.execute("CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void indexInfo() throws SQLException {
    List<String> all = rows(meta.getIndexInfo(null, server.database(), "line", false, false), "INDEX_NAME", "COLUMN_NAME", "NON_UNIQUE");
    assertEquals(List.of("PRIMARY order_id false", "PRIMARY n false", "by_qty qty true"), all);
    List<String> unique = rows(meta.getIndexInfo(server.database(), null, "orders", true, false), "INDEX_NAME", "ORDINAL_POSITION");
    assertEquals(List.of("by_code 1", "PRIMARY 1"), unique, "ordered by NON_UNIQUE, then INDEX_NAME");
  }

  @Test
  void foreignKeysSeenFromBothEnds() throws SQLException {
    List<String> imported = rows(meta.getImportedKeys(server.database(), null, "line"),
        "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "FK_NAME", "DELETE_RULE", "UPDATE_RULE");
    int cascade = DatabaseMetaData.importedKeyCascade;
    String updateRule = String.valueOf(server.flavour() == Flavour.MARIADB
        ? DatabaseMetaData.importedKeyRestrict : DatabaseMetaData.importedKeyNoAction);
    assertEquals(List.of("orders id line order_id 1 line_order " + cascade + " " + updateRule), imported);
    assertEquals(imported, rows(meta.getExportedKeys(null, server.database(), "orders"),
        "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "FK_NAME", "DELETE_RULE", "UPDATE_RULE"));
    assertEquals(List.of("line_order"), rows(meta.getCrossReference(null, server.database(), "orders", null, server.database(), "line"), "FK_NAME"));
    assertEquals(List.of(), rows(meta.getCrossReference(null, server.database(), "line", null, server.database(), "orders"), "FK_NAME"));
  }

  @Test
  void routines() throws SQLException {
    assertEquals(List.of("archive"), rows(meta.getProcedures(server.database(), null, "%"), "PROCEDURE_NAME"));
    assertEquals(List.of("twice"), rows(meta.getFunctions(null, server.database(), "tw%"), "FUNCTION_NAME"));
  }

  @Test
  void typesTableTypesAndWhatMySqlDoesNotHave() throws SQLException {
    List<String> types = rows(meta.getTypeInfo(), "TYPE_NAME", "DATA_TYPE");
    assertTrue(types.contains("VARCHAR " + Types.VARCHAR), types.toString());
    assertTrue(types.contains("DATETIME " + Types.TIMESTAMP), types.toString());
    try (ResultSet rs = meta.getTypeInfo()) {
      int previous = Integer.MIN_VALUE;
      while (rs.next()) {
        assertTrue(rs.getInt("DATA_TYPE") >= previous, "ordered by DATA_TYPE");
        previous = rs.getInt("DATA_TYPE");
      }
    }
    assertEquals(List.of("LOCAL TEMPORARY", "SYSTEM VIEW", "TABLE", "VIEW"), rows(meta.getTableTypes(), "TABLE_TYPE"));
    assertTrue(rows(meta.getSchemas(), "TABLE_SCHEM").contains(server.database()));
    assertEquals(List.of(server.database()), rows(meta.getSchemas(null, server.database()), "TABLE_CATALOG"));
    try (ResultSet udts = meta.getUDTs(null, null, "%", null)) {
      assertEquals("TYPE_NAME", udts.getMetaData().getColumnLabel(3));
      assertFalse(udts.next());
    }
  }

  private static List<String> rows(ResultSet rs, String... labels) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (String label : labels) {
          values.add(label.equals("NON_UNIQUE") ? String.valueOf(rs.getBoolean(label)) : rs.getString(label));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }
}
