package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code executeBatch}: folded INSERTs, per-row statements, failures and limits against a real server. */
@ExtendWith(MySqlExtension.class)
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BatchIT {
  private static final String INSERT = "INSERT INTO item (id, name, price) VALUES (?, ?, ?)";

  private TestServer server;
  private MySqlConnection conn;

  @BeforeEach
  void table(@FreshDatabase TestServer fresh) {
    server = fresh;
    conn = connect("");
    conn.query("CREATE TABLE IF NOT EXISTS item (id INT PRIMARY KEY, name VARCHAR(40), price DECIMAL(10, 2), data LONGBLOB)").join();
    conn.query("DELETE FROM item").join();
  }

  @AfterEach
  void close() {
    conn.close().join();
  }

  private MySqlConnection connect(String parameters) {
    return MySqlConnection.connect(server.url() + "?" + parameters).join();
  }

  @Test
  void fiveThousandInsertsTravelInAFewCommandsAndCountOneEach() {
    List<Object[]> rows = IntStream.range(0, 5000).mapToObj(i -> new Object[] {i, "item-" + i, i % 100}).toList();
    long before = questions(conn);

    BatchResult result = conn.executeBatch(INSERT, rows).join();

    long commands = questions(conn) - before - 1;
    assertEquals(server.flavour() == Flavour.MARIADB ? 1 : 5, commands, "one bulk execute, or one statement per 1000 rows");
    assertEquals(5000, result.size());
    assertEquals(5000, result.affectedRows());
    assertTrue(Arrays.stream(result.updateCounts()).allMatch(count -> count == 1), result.toString());
    assertEquals("5000 12497500 247500.00", summary());
  }

  @Test
  void rowsChangingTypesAndNullsLandAsGiven() {
    List<Object[]> rows = List.of(
        new Object[] {1, null, null},
        new Object[] {2L, "b", 2},
        new Object[] {(short) 3, "c", new java.math.BigDecimal("3.50")},
        new Object[] {"4", "d", 4.25},
        new Object[] {5, null, null});
    BatchResult result = conn.executeBatch(INSERT, rows).join();
    assertArrayEquals(new long[] {1, 1, 1, 1, 1}, result.updateCounts());
    String stored = conn.query("SELECT GROUP_CONCAT(CONCAT_WS('/', id, IFNULL(name, '-'), IFNULL(price, '-')) ORDER BY id SEPARATOR ' ')"
        + " FROM item").join().get(0).get(0, String.class);
    assertEquals("1/-/- 2/b/2.00 3/c/3.50 4/d/4.25 5/-/-", stored);
  }

  @Test
  void rowsLargerThanOneCommandAreSplitBelowMaxAllowedPacket() {
    byte[] blob = new byte[200_000];
    Arrays.fill(blob, (byte) 7);
    List<Object[]> rows = IntStream.range(0, 120).mapToObj(i -> new Object[] {i, blob}).toList();
    BatchResult result = conn.executeBatch("INSERT INTO item (id, data) VALUES (?, ?)", rows).join();
    assertEquals(120, result.affectedRows());
    assertEquals("120 24000000", conn.query("SELECT CONCAT(COUNT(*), ' ', SUM(LENGTH(data))) FROM item").join().get(0).get(0, String.class));
  }

  @Test
  void aFailingRowFailsItsCommandTheOthersRunAndTheConnectionStays() {
    conn.query("INSERT INTO item (id) VALUES (3)").join();
    List<Object[]> rows = IntStream.range(0, 10).mapToObj(i -> new Object[] {i, "n", 1}).toList();

    BatchException failure = assertInstanceOf(BatchException.class, failure(conn.executeBatch(INSERT, rows)));

    MySqlServerException duplicate = assertInstanceOf(MySqlServerException.class, failure.getCause());
    assertEquals(1062, duplicate.errorCode());
    assertEquals("23000", duplicate.sqlState());
    assertEquals(MySqlException.Delivery.COMPLETED, failure.delivery());
    assertEquals(10, failure.result().size());
    assertEquals(BatchResult.EXECUTE_FAILED, failure.result().updateCount(3));
    assertEquals(1L, conn.query("SELECT COUNT(*) FROM item").join().get(0).get(0, Long.class), "the folded command failed as a whole");

    MySqlConnection oneByOne = connect("rewriteBatches=false");
    try {
      BatchException each = assertInstanceOf(BatchException.class, failure(oneByOne.executeBatch(INSERT, rows)));
      assertArrayEquals(new long[] {1, 1, 1, BatchResult.EXECUTE_FAILED, 1, 1, 1, 1, 1, 1}, each.result().updateCounts());
      assertEquals(10L, oneByOne.query("SELECT COUNT(*) FROM item").join().get(0).get(0, Long.class));
    } finally {
      oneByOne.close().join();
    }
  }

  @Test
  void updatesRunOncePerRowWithExactCounts() {
    conn.executeBatch(INSERT, List.of(new Object[] {1, "a", 1}, new Object[] {2, "b", 1})).join();
    BatchResult result = conn.executeBatch("UPDATE item SET price = price + ? WHERE id = ?",
        List.of(new Object[] {1, 1}, new Object[] {1, 7}, new Object[] {1, 2})).join();
    assertArrayEquals(new long[] {1, 0, 1}, result.updateCounts());
    assertEquals(2, result.affectedRows());
  }

  @Test
  void upsertsAndIgnoredRowsReportNoInfoButTheServersTotal() {
    conn.executeBatch(INSERT, List.of(new Object[] {1, "a", 1}, new Object[] {2, "b", 1})).join();
    List<Object[]> rows = List.of(new Object[] {1, "a2", 5}, new Object[] {3, "c", 5}, new Object[] {4, "d", 5});
    BatchResult upsert = conn.executeBatch(INSERT + " ON DUPLICATE KEY UPDATE name = VALUES(name)", rows).join();
    assertEquals(4, upsert.affectedRows(), "2 for the updated row, 1 per inserted");
    assertTrue(Arrays.stream(upsert.updateCounts()).allMatch(count -> count == BatchResult.SUCCESS_NO_INFO), upsert.toString());

    BatchResult ignored = conn.executeBatch("INSERT IGNORE INTO item (id, name, price) VALUES (?, ?, ?)",
        List.of(new Object[] {1, "x", 1}, new Object[] {5, "e", 1})).join();
    assertEquals(1, ignored.affectedRows());
    assertEquals("a2 c d e", conn.query("SELECT GROUP_CONCAT(name ORDER BY id SEPARATOR ' ') FROM item WHERE id <> 2").join().get(0).get(0, String.class));
  }

  @Test
  void rowsOfDifferentLengthsFailBeforeAnythingIsSent() {
    long before = questions(conn);
    IllegalArgumentException wrong = assertInstanceOf(IllegalArgumentException.class,
        failure(conn.executeBatch(INSERT, List.of(new Object[] {1, "a", 1}, new Object[] {2, "b"}))));
    assertEquals("row 1: 2 parameters (expected: 3 like row 0)", wrong.getMessage());
    assertEquals(1, questions(conn) - before, "nothing but the status query");
    assertEquals(0L, conn.query("SELECT COUNT(*) FROM item").join().get(0).get(0, Long.class));
  }

  @Test
  void aStatementReturningRowsFailsItsRows() {
    BatchException failure = assertInstanceOf(BatchException.class,
        failure(conn.executeBatch("SELECT ?", List.of(new Object[] {1}, new Object[] {2}))));
    assertArrayEquals(new long[] {BatchResult.EXECUTE_FAILED, BatchResult.EXECUTE_FAILED}, failure.result().updateCounts());
    assertEquals(1L, conn.query("SELECT 1").join().get(0).get(0, Long.class));
  }

  @Test
  void anEmptyBatchDoesNothingAndThePoolRunsBatchesToo() {
    assertEquals(0, conn.executeBatch(INSERT, List.of()).join().size());
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=2");
    try {
      List<CompletableFuture<BatchResult>> batches = new ArrayList<>();
      for (int b = 0; b < 4; b++) {
        int base = b * 100;
        batches.add(pool.executeBatch(INSERT, IntStream.range(base, base + 100).mapToObj(i -> new Object[] {i, "p", 1}).toList()));
      }
      batches.forEach(batch -> assertEquals(100, batch.join().affectedRows()));
    } finally {
      pool.close().join();
    }
    assertEquals(400L, conn.query("SELECT COUNT(*) FROM item").join().get(0).get(0, Long.class));
  }

  private String summary() {
    return conn.query("SELECT CONCAT(COUNT(*), ' ', SUM(id), ' ', SUM(price)) FROM item").join().get(0).get(0, String.class);
  }

  /** The statements the server ran for this session so far, this query included. */
  private static long questions(MySqlConnection conn) {
    return Long.parseLong(conn.query("SHOW SESSION STATUS LIKE 'Questions'").join().get(0).get(1, String.class));
  }

  private static Throwable failure(CompletableFuture<?> future) {
    return assertThrows(CompletionException.class, future::join).getCause();
  }
}
