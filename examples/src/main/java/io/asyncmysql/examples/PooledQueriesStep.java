package io.asyncmysql.examples;

import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.driver.RowSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Step 3: many prepared point queries issued on the pool all at once, without waiting; the pool
 * queues the callers and lends its connections first come, first served. A latency includes the
 * wait for a connection.
 */
final class PooledQueriesStep {
  private PooledQueriesStep() {}

  static StepResult run(MySqlPool pool, int queries, int products) {
    Latencies latencies = new Latencies(queries);
    long start = System.nanoTime();
    CompletableFuture<?>[] issued = new CompletableFuture<?>[queries];
    for (int i = 0; i < queries; i++) {
      int id = ThreadLocalRandom.current().nextInt(1, products + 1);
      issued[i] = latencies.timeAsync(i, () -> pool.query("SELECT id, name, price FROM demo_product WHERE id = ?", id)
          .thenApply(rows -> requireOneRow(rows, id)));
    }
    CompletableFuture.allOf(issued).exceptionally(failure -> null).join();
    return StepResult.of(String.format("3. pool: %,d concurrent prepared queries", queries), latencies,
        System.nanoTime() - start, "all issued at once; 16 connections");
  }

  private static RowSet requireOneRow(RowSet rows, int id) {
    if (rows.size() != 1) {
      throw new IllegalStateException("product " + id + ": " + rows.size() + " rows (expected: 1)");
    }
    return rows;
  }
}
