package io.asyncmysql.examples;

import io.asyncmysql.driver.MySqlConnection;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Step 5: streams 10<sup>n</sup> generated rows (the digits table cross-joined with itself n ways)
 * with back-pressure, in batches of {@value #BATCH}, and checks that every number from 0 to
 * 10<sup>n</sup> - 1 arrived once (by count and sum). The heap in use is sampled as it goes.
 */
final class StreamingStep {
  static final int BATCH = 1_000;

  private StreamingStep() {}

  /**
   * Runs the step.
   * @param ways how many copies of the digits table to cross-join, from 1 to 9
   * @throws IllegalStateException when rows are missing or wrong
   */
  static StepResult run(MySqlConnection conn, int ways) {
    if (ways < 1 || ways > 9) {
      throw new IllegalArgumentException("ways: " + ways + " (expected: 1 to 9)");
    }
    long expectedRows = (long) Math.pow(10, ways);
    long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    BatchingSubscriber subscriber = new BatchingSubscriber(BATCH);
    long start = System.nanoTime();
    conn.stream(sql(ways)).subscribe(subscriber);
    BatchingSubscriber.Outcome outcome = subscriber.done().join();
    long wall = System.nanoTime() - start;
    if (outcome.rows() != expectedRows || outcome.sum() != expectedRows * (expectedRows - 1) / 2) {
      throw new IllegalStateException("stream: " + outcome.rows() + " rows summing to " + outcome.sum()
          + " (expected: " + expectedRows + " rows, 0 to " + (expectedRows - 1) + ")");
    }
    String note = String.format(Locale.ROOT, "heap used: %d MB before, %d MB at most", heapBefore >> 20, outcome.peakHeapBytes() >> 20);
    return new StepResult(String.format("5. stream: %,d rows with back-pressure", expectedRows), expectedRows, 0, wall, -1, -1, note);
  }

  /** {@code SELECT d0.d + d1.d * 10 + ... FROM demo_digits d0 CROSS JOIN demo_digits d1 ...}. */
  static String sql(int ways) {
    StringJoiner number = new StringJoiner(" + ", "SELECT ", " AS n");
    StringJoiner tables = new StringJoiner(" CROSS JOIN ", " FROM ", "");
    long weight = 1;
    for (int i = 0; i < ways; i++, weight *= 10) {
      number.add("d" + i + ".d * " + weight);
      tables.add("demo_digits d" + i);
    }
    return number.toString() + tables;
  }
}
