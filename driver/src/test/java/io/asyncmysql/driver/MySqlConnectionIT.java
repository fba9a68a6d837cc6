package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Future API against a real server: queries, prepared statements, pipelining, errors, sessions. */
@ExtendWith(MySqlExtension.class)
class MySqlConnectionIT {
  private MySqlConnection conn;

  private TestServer server;

  @BeforeEach
  void connect(@FreshDatabase TestServer fresh) {
    server = fresh;
    conn = MySqlConnection.connect(fresh.url()).join();
  }

  @AfterEach
  void close() {
    conn.close().join();
    assertFalse(conn.isOpen());
  }

  @Test
  void textQueryReturnsTypedRows() {
    RowSet rows = conn.query("SELECT 1 AS one, 'two' AS two, NULL AS three, 4.5 AS four").join();
    assertEquals(1, rows.size());
    Row row = rows.iterator().next();
    assertEquals(1L, row.get("one", Long.class));
    assertEquals("two", row.get(1, String.class));
    assertNull(row.get("THREE", String.class));
    assertTrue(row.isNull(2));
    assertEquals(new BigDecimal("4.5"), row.get(3, BigDecimal.class));
    assertEquals(List.of("one", "two", "three", "four"), rows.columns().stream().map(ColumnMetadata::label).toList());
  }

  @Test
  void preparedQueryBindsParametersAndCachesTheStatement() {
    conn.query("CREATE TABLE product (id INT PRIMARY KEY, name VARCHAR(50), price DECIMAL(10,2), added DATETIME(3))").join();
    LocalDateTime added = LocalDateTime.of(2026, 11, 23, 12, 30, 15, 123_000_000);
    RowSet insert = conn.query("INSERT INTO product VALUES (?, ?, ?, ?)", 42, "chair", new BigDecimal("19.90"), added).join();
    assertEquals(1, insert.affectedRows());
    conn.query("INSERT INTO product VALUES (?, ?, ?, ?)", 43, "table ' \" \\ ;", null, added).join();

    RowSet rows = conn.query("SELECT name, price, added FROM product WHERE id = ?", 42).join();
    Row row = rows.get(0);
    assertEquals("chair", row.get("name", String.class));
    assertEquals(new BigDecimal("19.90"), row.get("price", BigDecimal.class));
    assertEquals(added, row.get("added", LocalDateTime.class));
    assertEquals("table ' \" \\ ;", conn.query("SELECT name FROM product WHERE id = ?", 43).join().get(0).get(0, String.class));
    assertNull(conn.query("SELECT price FROM product WHERE id = ?", 43).join().get(0).get(0));
  }

  @Test
  void theStatementCacheClosesWhatItEvicts() {
    MySqlConnection small = MySqlConnection.connect(server.url() + "?preparedStatementCacheSize=2").join();
    try {
      long before = preparedOnServer(small);
      for (int i = 0; i < 5; i++) {
        small.query("SELECT ? + " + i, 1).join();
      }
      small.query("SELECT ? + 4", 1).join();
      assertEquals(before + 2, preparedOnServer(small), "two statements stay prepared, the others were closed");
    } finally {
      small.close().join();
    }
  }

  private static long preparedOnServer(MySqlConnection conn) {
    return conn.query("SHOW GLOBAL STATUS LIKE 'Prepared_stmt_count'").join().get(0).get(1, Long.class);
  }

  @Test
  void aWrongParameterCountFailsBeforeSending() {
    CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT ? + ?", 1).join());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals("parameters: 1 (expected: 2, one per ?)", e.getCause().getMessage());
    assertEquals(3L, conn.query("SELECT ? + ?", 1, 2).join().get(0).get(0, Long.class));
  }

  @Test
  void aServerErrorFailsOnlyItsOwnCommand() {
    CompletableFuture<RowSet> before = conn.query("SELECT 1");
    CompletableFuture<RowSet> bad = conn.query("SELEKT 1");
    CompletableFuture<RowSet> after = conn.query("SELECT 2");

    MySqlServerException e = assertInstanceOf(MySqlServerException.class, assertThrows(CompletionException.class, bad::join).getCause());
    assertEquals(1064, e.errorCode());
    assertEquals("42000", e.sqlState());
    assertEquals(MySqlException.Delivery.COMPLETED, e.delivery());
    assertEquals(1L, before.join().get(0).get(0, Long.class));
    assertEquals(2L, after.join().get(0).get(0, Long.class));
  }

  @Test
  void statementsRunInTheOrderIssuedEvenWhilePreparing() {
    conn.query("CREATE TABLE ordered (seq INT AUTO_INCREMENT PRIMARY KEY, v INT)").join();
    List<CompletableFuture<RowSet>> issued = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      issued.add(conn.query("INSERT INTO ordered (v) VALUES (?)", i));
    }
    issued.add(conn.query("INSERT INTO ordered (v) VALUES (4)"));
    issued.add(conn.query("INSERT INTO ordered (v) VALUES (?)", 5));
    issued.forEach(CompletableFuture::join);
    List<Integer> values = new ArrayList<>();
    conn.query("SELECT v FROM ordered ORDER BY seq").join().forEach(row -> values.add(row.get(0, Integer.class)));
    assertEquals(List.of(1, 2, 3, 4, 5), values);
  }

  @Test
  void aThousandPipelinedQueriesCompleteInOrder() {
    List<CompletableFuture<RowSet>> results = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      results.add(i % 2 == 0 ? conn.query("SELECT " + i) : conn.query("SELECT ?", i));
    }
    for (int i = 0; i < 1000; i++) {
      assertEquals(i, results.get(i).join().get(0).get(0, Integer.class));
    }
  }

  @Test
  void transactionsFollowTheServerStatus() {
    conn.query("CREATE TABLE account (id INT PRIMARY KEY, balance INT) ENGINE=InnoDB").join();
    conn.begin().join();
    assertTrue(conn.inTransaction());
    conn.query("INSERT INTO account VALUES (1, 100)").join();
    conn.rollback().join();
    assertFalse(conn.inTransaction());
    assertEquals(0, conn.query("SELECT * FROM account").join().size());

    conn.begin().join();
    conn.query("INSERT INTO account VALUES (?, ?)", 2, 200).join();
    conn.commit().join();
    assertEquals(200, conn.query("SELECT balance FROM account WHERE id = 2").join().get(0).get(0, Integer.class));
  }

  @Test
  void pingSelectDatabaseAndResetKeepTheConnectionUsable() {
    conn.ping().join();
    conn.selectDatabase("mysql").join();
    assertEquals("mysql", conn.query("SELECT DATABASE()").join().get(0).get(0, String.class));
    conn.query("SET @marker = 7").join();
    conn.query("SELECT ?", 1).join();
    conn.reset().join();
    assertNull(conn.query("SELECT @marker").join().get(0).get(0));
    assertEquals(5, conn.query("SELECT ?", 5).join().get(0).get(0, Integer.class), "statements are prepared again after a reset");
  }

  @Test
  void connectionIdMatchesTheServersAndLastInsertIdIsReported() {
    assertEquals(conn.connectionId(), conn.query("SELECT CONNECTION_ID()").join().get(0).get(0, Long.class));
    conn.query("CREATE TABLE seq (id BIGINT AUTO_INCREMENT PRIMARY KEY, v INT)").join();
    conn.query("INSERT INTO seq (v) VALUES (1), (2)").join();
    RowSet third = conn.query("INSERT INTO seq (v) VALUES (?)", 3).join();
    assertEquals(3, third.lastInsertId());
  }

  @Test
  void binaryAndTextProtocolsDecodeTheSameValues() {
    conn.query("CREATE TABLE mixed (a TINYINT, b BIGINT UNSIGNED, c DOUBLE, d DATE, e TIME, f VARBINARY(4), g VARCHAR(10))").join();
    conn.query("INSERT INTO mixed VALUES (-5, 18446744073709551615, 2.5, '2026-01-02', '-838:59:59', x'00ff10', 'äöü')").join();
    Row text = conn.query("SELECT * FROM mixed").join().get(0);
    Row binary = conn.query("SELECT * FROM mixed WHERE a = ?", -5).join().get(0);
    for (int i = 0; i < text.size(); i++) {
      Object t = text.get(i);
      Object b = binary.get(i);
      if (t instanceof byte[] bytes) {
        assertArrayEquals(bytes, (byte[]) b);
      } else {
        assertEquals(t, b, "column " + text.columns().get(i).label());
      }
    }
  }

  @Test
  void closeNowFailsTheCommandInFlightAsInDoubt() {
    MySqlConnection other = MySqlConnection.connect(server.url()).join();
    CompletableFuture<RowSet> sleeping = other.query("SELECT SLEEP(600)");
    other.closeNow().join();
    ConnectionClosedException e = assertInstanceOf(ConnectionClosedException.class,
        assertThrows(CompletionException.class, sleeping::join).getCause());
    assertEquals(MySqlException.Delivery.IN_DOUBT, e.delivery());
    assertFalse(other.isOpen());
  }

  @Test
  void closeFailsLaterCommandsWithNotSent() {
    conn.close().join();
    CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT 1").join());
    ConnectionClosedException closed = assertInstanceOf(ConnectionClosedException.class, e.getCause());
    assertEquals(MySqlException.Delivery.NOT_SENT, closed.delivery());
  }
}
