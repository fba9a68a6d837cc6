package io.asyncmysql.examples;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Step 4: the {@link Inventory} JDBC code on one virtual thread per transaction, all started at
 * once, over the pool's {@code DataSource}.
 */
final class JdbcTransactionsStep {
  private JdbcTransactionsStep() {}

  static StepResult run(DataSource dataSource, int transactions, int products) {
    Inventory inventory = new Inventory(dataSource);
    Latencies latencies = new Latencies(transactions);
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < transactions; i++) {
        int index = i;
        int productId = ThreadLocalRandom.current().nextInt(1, products + 1);
        threads.execute(() -> latencies.time(index, () -> inventory.takeOne(productId)));
      }
    }
    return StepResult.of(String.format("4. JDBC: %,d transactions on virtual threads", transactions), latencies,
        System.nanoTime() - start, "SELECT FOR UPDATE, UPDATE, COMMIT");
  }
}
