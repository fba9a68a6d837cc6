package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every getter on every column type, read through our driver and through MySQL Connector/J, in the text protocol
 * ({@link Statement}) and the binary one (server-side {@link PreparedStatement}): both drivers must give equal values
 * or both throw, except for the differences listed in {@link #EXPECTED_DIFFERENCES}.
 */
@ExtendWith(MySqlExtension.class)
class ConnectorJComparisonIT {
  private record Column(String name, String type, String value, boolean temporal) {
    Column(String name, String type, String value) {
      this(name, type, value, false);
    }
  }

  private static final List<Column> COLUMNS = List.of(
      new Column("ti", "TINYINT", "-100"),
      new Column("tu", "TINYINT UNSIGNED", "200"),
      new Column("si", "SMALLINT", "-30000"),
      new Column("su", "SMALLINT UNSIGNED", "60000"),
      new Column("mi", "MEDIUMINT", "-8000000"),
      new Column("mu", "MEDIUMINT UNSIGNED", "16000000"),
      new Column("i", "INT", "-2000000000"),
      new Column("iu", "INT UNSIGNED", "4000000000"),
      new Column("bi", "BIGINT", "-9000000000000000000"),
      new Column("bu", "BIGINT UNSIGNED", "18446744073709551615"),
      new Column("f", "FLOAT", "3.14"),
      new Column("d", "DOUBLE", "2.718281828459045"),
      new Column("dcm", "DECIMAL(20,6)", "12345678901234.123456"),
      new Column("yr", "YEAR", "2026"),
      new Column("dt", "DATE", "'2026-11-23'", true),
      new Column("tm", "TIME(6)", "'12:34:56.123456'", true),
      new Column("tneg", "TIME(6)", "'-01:02:03.5'", true),
      new Column("tbig", "TIME(6)", "'100:00:00'", true),
      new Column("dtm", "DATETIME(6)", "'2026-11-23 12:34:56.123456'", true),
      new Column("ts", "TIMESTAMP(6) NULL", "'2026-11-23 12:34:56.123456'", true),
      new Column("b", "BIT(1)", "b'1'"),
      new Column("bits", "BIT(10)", "b'1000000001'"),
      new Column("en", "ENUM('small','large')", "'large'"),
      new Column("st", "SET('x','y','z')", "'x,z'"),
      new Column("js", "JSON", "'{\"a\": [1, 2]}'"),
      new Column("ch", "CHAR(5)", "'abc'"),
      new Column("vc", "VARCHAR(40)", "'Grüße, 世界 😀'"),
      new Column("tx", "TEXT", "'some text'"),
      new Column("bin", "BINARY(3)", "X'00FF10'"),
      new Column("vb", "VARBINARY(10)", "X'0102'"),
      new Column("bl", "BLOB", "X'00010203FF'"));

  /** {@code column getter} to why our driver answers differently from Connector/J on purpose. */
  private static final Map<String, String> EXPECTED_DIFFERENCES = new HashMap<>();

  static {
    expect("JDBC: any non-zero number is true; Connector/J calls a negative number false",
        List.of("getBoolean"), "ti", "si", "mi", "i", "bi");
    expect("ours refuses bytes of a number or temporal; Connector/J gives the raw wire bytes, unlike per protocol",
        List.of("getBytes"), "ti", "tu", "si", "su", "mi", "mu", "i", "iu", "bi", "bu", "f", "d", "dcm", "yr", "dt",
        "tm", "tneg", "tbig", "dtm", "ts");
    expect("ours converts only where nothing is lost; Connector/J truncates the fraction",
        List.of("getInt", "getLong"), "f", "d");
    expect("ours converts only where nothing is lost; Connector/J truncates the fraction",
        List.of("getLong"), "dcm");
    expect("ours reads a FLOAT alike in both protocols; Connector/J parses its text as a double but widens the binary",
        List.of("getString", "getDouble", "getBigDecimal"), "f");
    expect("Connector/J's default yearIsDateType=true makes a YEAR the Date yyyy-01-01; ours is a number",
        List.of("getString", "getDate", "getTime", "getTimestamp", "getObject"), "yr");
    expect("JDBC has no DATE to TIME conversion; Connector/J makes it midnight",
        List.of("getTime", "getObject(LocalTime)"), "dt");
    expect("a TIME is a time of day or a duration, on no date; Connector/J puts it on 1970-01-01",
        List.of("getDate", "getObject(LocalDate)"), "tm", "tneg", "tbig");
    expect("a TIME is a time of day or a duration, on no date; Connector/J puts it on 1970-01-01",
        List.of("getTimestamp", "getObject(LocalDateTime)", "getObject(OffsetDateTime)"), "tm");
    expect("ours gives a TIME over 24 hours as the server's text; Connector/J drops its fraction digits",
        List.of("getString"), "tbig");
    expect("JDBC maps a TIMESTAMP type to java.sql.Timestamp; Connector/J's getObject gives LocalDateTime",
        List.of("getObject"), "dtm");
  }

  private static final String SELECT = "SELECT * FROM kinds ORDER BY id";

  @Test
  void everyGetterAgreesWithConnectorJ(@FreshDatabase TestServer server) throws SQLException {
    String connectorJ = server.jdbcUrl() + "&sslMode=DISABLED&allowPublicKeyRetrieval=true";
    List<String> differences = new ArrayList<>();
    try (Connection ours = DriverManager.getConnection(JdbcUrls.of(server, ""));
        Connection theirs = DriverManager.getConnection(connectorJ);
        Connection theirsPrepared = DriverManager.getConnection(connectorJ + "&useServerPrepStmts=true")) {
      createTable(ours);
      try (Statement s = ours.createStatement();
          ResultSet oursText = s.executeQuery(SELECT);
          Statement t = theirs.createStatement();
          ResultSet theirsText = t.executeQuery(SELECT)) {
        compare("text", oursText, theirsText, differences);
      }
      try (PreparedStatement s = ours.prepareStatement(SELECT);
          ResultSet oursBinary = s.executeQuery();
          PreparedStatement t = theirsPrepared.prepareStatement(SELECT);
          ResultSet theirsBinary = t.executeQuery()) {
        compare("binary", oursBinary, theirsBinary, differences);
      }
    }
    List<String> unexpected = differences.stream()
        .filter(d -> !EXPECTED_DIFFERENCES.containsKey(key(d)))
        .toList();
    assertTrue(unexpected.isEmpty(), "differences from Connector/J:\n" + String.join("\n", unexpected));
    Set<String> seen = differences.stream().map(ConnectorJComparisonIT::key).collect(Collectors.toSet());
    Set<String> stale = new TreeSet<>(EXPECTED_DIFFERENCES.keySet());
    stale.removeAll(seen);
    assertTrue(stale.isEmpty(), "expected differences that did not occur: " + stale);
  }

  private static void createTable(Connection connection) throws SQLException {
    String definitions = COLUMNS.stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", "));
    String names = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
    String values = COLUMNS.stream().map(Column::value).collect(Collectors.joining(", "));
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE kinds (id INT PRIMARY KEY, " + definitions + ") CHARACTER SET utf8mb4");
      s.execute("INSERT INTO kinds (id, " + names + ") VALUES (1, " + values + ")");
      s.execute("INSERT INTO kinds (id) VALUES (2)");
    }
  }

  /** Adds a line {@code column getter: protocol row n: ours ... theirs ...} for each getter the drivers disagree on. */
  private static void compare(String protocol, ResultSet ours, ResultSet theirs, List<String> differences)
      throws SQLException {
    for (int row = 1; row <= 2; row++) {
      assertTrue(ours.next(), "our row " + row);
      assertTrue(theirs.next(), "Connector/J's row " + row);
      for (int c = 0; c < COLUMNS.size(); c++) {
        Column column = COLUMNS.get(c);
        Map<String, String> mine = GetterOutcomes.of(ours, c + 2, column.temporal());
        Map<String, String> reference = GetterOutcomes.of(theirs, c + 2, column.temporal());
        for (String getter : mine.keySet()) {
          if (!agree(mine.get(getter), reference.get(getter))) {
            differences.add(column.name() + " " + getter + ": " + protocol + " row " + row
                + ": ours " + mine.get(getter) + ", Connector/J " + reference.get(getter));
          }
        }
      }
    }
    assertFalse(ours.next(), "our third row");
    assertFalse(theirs.next(), "Connector/J's third row");
  }

  /**
   * Whether two outcomes are the same; where Connector/J throws an unchecked exception (a NumberFormatException for
   * {@code getInt} of text, say), an SQLException of ours agrees with it.
   */
  private static boolean agree(String ours, String connectorJ) {
    return ours.equals(connectorJ)
        || ours.equals(GetterOutcomes.SQL_EXCEPTION) && connectorJ.startsWith(GetterOutcomes.UNCHECKED_EXCEPTION);
  }

  private static void expect(String reason, List<String> getters, String... columns) {
    for (String column : columns) {
      getters.forEach(getter -> EXPECTED_DIFFERENCES.put(column + " " + getter, reason));
    }
  }

  private static String key(String difference) {
    return difference.substring(0, difference.indexOf(':'));
  }
}
