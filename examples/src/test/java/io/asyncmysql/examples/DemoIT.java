package io.asyncmysql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo's steps at a small scale against the test server. */
@ExtendWith(MySqlExtension.class)
class DemoIT {
  private static final DemoScale SMALL = new DemoScale(300, 200, 200, 4);

  private TestServer server;
  private MySqlConnection conn;

  @BeforeEach
  void connect(@FreshDatabase TestServer fresh) {
    server = fresh;
    conn = MySqlConnection.connect(fresh.url()).join();
  }

  @AfterEach
  void close() {
    Schema.drop(conn);
    conn.close().join();
  }

  @Test
  void runsEveryStepAndDropsItsTables() {
    List<StepResult> results = DemoRun.run(server.url(), SMALL, new PrintStream(OutputStream.nullOutputStream()));

    assertEquals(List.of("1.", "2.", "3.", "4.", "5."), results.stream().map(r -> r.step().substring(0, 2)).toList());
    assertEquals(List.of(2L * 300 + 10 + Schema.WORLD_ROWS + 12, 5L, 200L, 200L, 10_000L),
        results.stream().map(StepResult::operations).toList());
    for (StepResult result : results) {
      assertEquals(0, result.failures(), result.step() + ": " + result.note());
      assertTrue(result.wallNanos() > 0, result.step());
    }
    for (StepResult timed : results.subList(0, 4)) {
      assertTrue(timed.p50Nanos() > 0 && timed.p50Nanos() <= timed.p99Nanos(), timed.step());
    }
    assertEquals(-1, results.get(4).p50Nanos());
    String table = ResultTable.format(results);
    assertEquals(results.size() + 2, table.lines().count(), table);
    results.forEach(r -> assertTrue(table.contains(r.step()), table));
    assertEquals(0, conn.query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()").join().size());
  }

  @Test
  void eachJdbcTransactionTakesOneItemOutOfStock() {
    Schema.create(conn, 20);
    MySqlPool pool = MySqlPool.create(DemoRun.withParameters(server.url(), DemoRun.POOL_PARAMETERS));
    try {
      StepResult result = JdbcTransactionsStep.run(pool.dataSource(), 150, 20);
      assertEquals(0, result.failures(), result.note());
    } finally {
      pool.close().join();
    }
    long left = conn.query("SELECT SUM(quantity) FROM demo_stock").join().get(0).get(0, Long.class);
    assertEquals(20L * Schema.INITIAL_QUANTITY - 150, left);
  }

  @Test
  void aFailedQueryIsCountedWithItsCause() {
    MySqlPool pool = MySqlPool.create(server.url());
    try {
      StepResult result = PooledQueriesStep.run(pool, 3, 10);
      assertEquals(3, result.failures());
      assertTrue(result.note().startsWith("first failure: ") && result.note().contains("demo_product"), result.note());
    } finally {
      pool.close().join();
    }
  }

  @Test
  void streamsEveryGeneratedRowOnce() {
    Schema.create(conn, 1);
    StepResult result = StreamingStep.run(conn, 5);
    assertEquals(100_000, result.operations());
    assertTrue(result.note().startsWith("heap used: "), result.note());
    assertEquals(1, conn.query("SELECT 1").join().size());
  }

  @Test
  void leavesExistingTablesAlone() {
    conn.query("CREATE TABLE World (id INT PRIMARY KEY)").join();
    conn.query("INSERT INTO World VALUES (7)").join();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DemoRun.run(server.url(), SMALL, new PrintStream(OutputStream.nullOutputStream())));

    assertTrue(e.getMessage().startsWith("tables exist already: [World]"), e.getMessage());
    assertEquals(7, conn.query("SELECT id FROM World").join().get(0).get(0, Integer.class));
  }
}
