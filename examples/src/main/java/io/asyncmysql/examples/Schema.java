package io.asyncmysql.examples;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo's tables: {@code demo_product} and {@code demo_stock} (one stock row per product), {@code
 * demo_digits} (0 to 9, cross-joined to generate rows), and the TechEmpower benchmark's {@code World}
 * (10,000 rows) and {@code Fortune} (the standard 12 fortunes). Rows are inserted as prepared
 * statements issued all at once on one connection (pipelined) in one transaction.
 */
final class Schema {
  static final int WORLD_ROWS = 10_000;
  static final int INITIAL_QUANTITY = 1_000;

  private static final List<String> TABLES = List.of("demo_product", "demo_stock", "demo_digits", "World", "Fortune");

  private record Insert(String sql, Object... parameters) {}

  private Schema() {}

  /**
   * Creates every table and fills it.
   * @param products how many products (and stock rows) to insert
   * @return the step's result: one operation per row inserted
   */
  static StepResult create(MySqlConnection conn, int products) {
    conn.query("CREATE TABLE demo_product (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, price DECIMAL(10,2) NOT NULL)").join();
    conn.query("CREATE TABLE demo_stock (product_id INT PRIMARY KEY, quantity INT NOT NULL)").join();
    conn.query("CREATE TABLE demo_digits (d INT PRIMARY KEY)").join();
    List<Insert> inserts = new ArrayList<>();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int id = 1; id <= products; id++) {
      inserts.add(new Insert("INSERT INTO demo_product VALUES (?, ?, ?)", id, "product " + id, random.nextInt(100, 100_000) / 100.0));
      inserts.add(new Insert("INSERT INTO demo_stock VALUES (?, ?)", id, INITIAL_QUANTITY));
    }
    for (int d = 0; d < 10; d++) {
      inserts.add(new Insert("INSERT INTO demo_digits VALUES (?)", d));
    }
    return insert(conn, "1. schema: 5 tables, pipelined inserts", benchmarkTables(conn, inserts));
  }

  /**
   * Creates and fills only {@code World} and {@code Fortune}, for the web service.
   * @throws IllegalStateException when an insert fails
   */
  static void createBenchmarkTables(MySqlConnection conn) {
    StepResult result = insert(conn, "benchmark tables", benchmarkTables(conn, new ArrayList<>()));
    if (result.failures() > 0) {
      throw new IllegalStateException("benchmark tables: " + result.failures() + " inserts failed");
    }
  }

  /**
   * Checks that none of the demo's tables exists in the connection's database, so that dropping them
   * at the end drops nothing of the user's.
   * @throws IllegalStateException when one does
   */
  static void requireAbsent(MySqlConnection conn) {
    List<String> existing = new ArrayList<>();
    for (Row row : conn.query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()").join()) {
      String name = row.get(0, String.class);
      if (TABLES.stream().anyMatch(name::equalsIgnoreCase)) {
        existing.add(name);
      }
    }
    if (!existing.isEmpty()) {
      throw new IllegalStateException("tables exist already: " + existing
          + " (expected: none of " + TABLES + " in the database; drop them or use another database)");
    }
  }

  /** Drops every table the demo creates, those that exist. */
  static void drop(MySqlConnection conn) {
    conn.query("DROP TABLE IF EXISTS " + String.join(", ", TABLES)).join();
  }

  private static List<Insert> benchmarkTables(MySqlConnection conn, List<Insert> inserts) {
    conn.query("CREATE TABLE World (id INT PRIMARY KEY, randomNumber INT NOT NULL)").join();
    conn.query("CREATE TABLE Fortune (id INT PRIMARY KEY, message VARCHAR(2048) NOT NULL) CHARACTER SET utf8mb4").join();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int id = 1; id <= WORLD_ROWS; id++) {
      inserts.add(new Insert("INSERT INTO World VALUES (?, ?)", id, random.nextInt(1, WORLD_ROWS + 1)));
    }
    for (int i = 0; i < FortunesPage.STORED.size(); i++) {
      inserts.add(new Insert("INSERT INTO Fortune VALUES (?, ?)", i + 1, FortunesPage.STORED.get(i)));
    }
    return inserts;
  }

  private static StepResult insert(MySqlConnection conn, String step, List<Insert> inserts) {
    long start = System.nanoTime();
    Latencies latencies = new Latencies(inserts.size());
    conn.begin().join();
    List<CompletableFuture<?>> issued = new ArrayList<>(inserts.size());
    for (int i = 0; i < inserts.size(); i++) {
      Insert insert = inserts.get(i);
      issued.add(latencies.timeAsync(i, () -> conn.query(insert.sql(), insert.parameters())));
    }
    CompletableFuture.allOf(issued.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
    conn.commit().join();
    return StepResult.of(step, latencies, System.nanoTime() - start, "one connection, one transaction");
  }
}
