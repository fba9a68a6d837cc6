package io.asyncmysql.examples;

/**
 * What one step of the demo did: one row of the printed table.
 *
 * @param step what ran
 * @param operations how many operations (statements, transactions, rows streamed)
 * @param failures how many of them failed
 * @param wallNanos the step's wall-clock time
 * @param p50Nanos the median latency of one operation, or -1 when not measured per operation
 * @param p99Nanos the 99th-percentile latency of one operation, or -1 when not measured
 * @param note anything else worth a mention, empty for nothing
 */
record StepResult(String step, long operations, long failures, long wallNanos, long p50Nanos, long p99Nanos, String note) {
  /** A step whose operations were each timed; the note becomes the first failure when one failed. */
  static StepResult of(String step, Latencies latencies, long wallNanos, String note) {
    Throwable failure = latencies.firstFailure();
    return new StepResult(step, latencies.operations(), latencies.failures(), wallNanos,
        latencies.percentile(50), latencies.percentile(99), failure == null ? note : "first failure: " + failure);
  }

  /** Operations per second over the step's wall-clock time. */
  double throughput() {
    return wallNanos == 0 ? 0 : operations * 1e9 / wallNanos;
  }
}
