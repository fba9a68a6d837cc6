package io.asyncmysql.benchmarks.compare;

import java.util.List;

/** The comparison's workloads, with the connections each contestant opens and the figures each reports. */
enum Workload {
  W1("latency: one connection, sequential prepared point selects", 1,
      Metric.higher("opsPerSec", "ops/s", false), Metric.lower("p50Micros", "p50 µs", true), Metric.lower("p99Micros", "p99 µs", false)),
  W2("throughput: 64 point selects in flight over 8 connections", 8,
      Metric.higher("opsPerSec", "ops/s", true), Metric.lower("cpuMicrosPerOp", "client CPU µs/op", true),
      Metric.lower("allocatedBytesPerOp", "allocated B/op", false), Metric.count("errors", "errors")),
  W3("large result: 100,000 rows × 10 mixed-type columns decoded to Java objects", 1,
      Metric.higher("rowsPerSec", "rows/s", true), Metric.lower("cpuNanosPerRow", "client CPU ns/row", true),
      Metric.lower("allocatedBytesPerRow", "allocated B/row", false), Metric.lower("peakHeapMiB", "peak heap MiB", false)),
  W4("batch insert: 20,000 rows in one transaction", 1, Metric.higher("rowsPerSec", "rows/s", true)),
  W5("fan-out: 10,000 virtual threads, one point select each, pool of 16", 16,
      Metric.lower("wallMillis", "wall ms", true), Metric.count("errors", "errors")),
  W6("TechEmpower over HTTP (wrk, 64 connections): 20 queries, fortunes", 16,
      Metric.higher("queriesPerSec", "/queries?n=20 req/s", true), Metric.higher("fortunesPerSec", "/fortunes req/s", true),
      Metric.count("errors", "errors"));

  final String title;
  final int connections;
  final List<Metric> metrics;

  Workload(String title, int connections, Metric... metrics) {
    this.title = title;
    this.connections = connections;
    this.metrics = List.of(metrics);
  }

  /** The metric with this key. */
  Metric metric(String key) {
    return metrics.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(key));
  }
}
