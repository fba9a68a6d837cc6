package io.asyncmysql.examples;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.Row;
import java.math.BigDecimal;

/**
 * Step 2: the README's quick start on the Future API — connect, a text query, a prepared query (run
 * twice: prepared, then from the connection's statement cache), close — each call timed.
 */
final class QuickStartStep {
  private QuickStartStep() {}

  static StepResult run(String url) {
    Latencies latencies = new Latencies(5);
    long start = System.nanoTime();
    MySqlConnection conn = latencies.timeAsync(0, () -> MySqlConnection.connect(url)).join();
    String version = latencies.timeAsync(1, () -> conn.query("SELECT VERSION()")).join().get(0).get(0, String.class);
    String sql = "SELECT name, price FROM demo_product WHERE id = ?";
    latencies.timeAsync(2, () -> conn.query(sql, 1)).join();
    Row product = latencies.timeAsync(3, () -> conn.query(sql, 2)).join().get(0);
    latencies.timeAsync(4, conn::close).join();
    String note = "server " + version + "; " + product.get("name", String.class) + " costs " + product.get("price", BigDecimal.class);
    return StepResult.of("2. quick start: connect, query, prepared query x2, close", latencies, System.nanoTime() - start, note);
  }
}
