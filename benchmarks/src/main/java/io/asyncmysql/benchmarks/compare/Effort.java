package io.asyncmysql.benchmarks.compare;

import java.time.Duration;

/**
 * How long each worker warms up and measures.
 *
 * @param warmUp how long W1, W2 and each W6 endpoint run before measuring
 * @param measure how long W1, W2 and each W6 endpoint are measured
 * @param warmUpRounds W3, W4 and W5 rounds run before measuring
 * @param rounds W3, W4 and W5 rounds measured (the best counts)
 */
record Effort(Duration warmUp, Duration measure, int warmUpRounds, int rounds) {
  static final Effort FULL = new Effort(Duration.ofSeconds(5), Duration.ofSeconds(10), 3, 5);
  /** Under three minutes for every contestant and workload; wrk and sysbench round their runs up to whole seconds. */
  static final Effort QUICK = new Effort(Duration.ofMillis(500), Duration.ofSeconds(1), 1, 1);

  static Effort of(boolean quick) {
    return quick ? QUICK : FULL;
  }
}
