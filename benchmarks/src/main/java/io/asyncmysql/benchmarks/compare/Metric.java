package io.asyncmysql.benchmarks.compare;

/**
 * One figure a workload reports.
 *
 * @param key the name in result lines
 * @param label the column heading, with its unit
 * @param higherIsBetter whether more is better (throughput) or less (latency, CPU, memory)
 * @param summed whether the runs of a contestant add up (errors) rather than the best one counting
 * @param charted whether the report draws a chart of it
 */
record Metric(String key, String label, boolean higherIsBetter, boolean summed, boolean charted) {

  static Metric higher(String key, String label, boolean charted) {
    return new Metric(key, label, true, false, charted);
  }

  static Metric lower(String key, String label, boolean charted) {
    return new Metric(key, label, false, false, charted);
  }

  static Metric count(String key, String label) {
    return new Metric(key, label, false, true, false);
  }

  /** Two runs' values of this figure as one: their sum for a summed figure, else the better. */
  double combine(double a, double b) {
    return summed ? a + b : combineBest(a, b);
  }

  /** The better of two values. */
  double combineBest(double a, double b) {
    return higherIsBetter ? Math.max(a, b) : Math.min(a, b);
  }
}
