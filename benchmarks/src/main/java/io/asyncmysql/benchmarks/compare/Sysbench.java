package io.asyncmysql.benchmarks.compare;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The native ceiling: {@code sysbench oltp_point_select} (its C client, server prepared statements) on
 * its own table of {@value Data#WORLD_ROWS} rows, one connection per thread.
 */
final class Sysbench {
  static final String ID = "sysbench";
  private static final Pattern QUERIES = Pattern.compile("queries:\\s+\\d+\\s+\\(([0-9.]+) per sec\\.\\)");
  private static final Pattern BUCKET = Pattern.compile("(?m)^\\s*([0-9.]+) \\|\\**\\s+(\\d+)$");
  private static final Pattern ERRORS = Pattern.compile("ignored errors:\\s+(\\d+)");

  private final List<String> connection;

  Sysbench(Contestant.Database database) {
    this.connection = List.of("--db-driver=mysql", "--mysql-host=" + database.host(), "--mysql-port=" + database.port(),
        "--mysql-user=" + database.user(), "--mysql-password=" + database.password(), "--mysql-db=" + database.name(),
        "--tables=1", "--table-size=" + Data.WORLD_ROWS);
  }

  static boolean installed() {
    return Tools.installed("sysbench");
  }

  void prepare() throws IOException, InterruptedException {
    Tools.run(command(List.of(), "prepare"));
  }

  /** Runs the point selects on {@code threads} connections; W1's figures when {@code threads} is 1, else W2's. */
  Result run(Workload workload, int threads, Duration warmUp, Duration measure, List<String> prefix) throws IOException, InterruptedException {
    run(threads, warmUp, prefix);
    return parse(workload, run(threads, measure, prefix));
  }

  /** W1's figures (rate, p50, p99 from the histogram) or W2's (rate, errors) from sysbench's report. */
  static Result parse(Workload workload, String out) throws IOException {
    Matcher queries = QUERIES.matcher(out);
    if (!queries.find()) {
      throw new IOException("sysbench printed no rate:\n" + out);
    }
    double rate = Double.parseDouble(queries.group(1));
    if (workload == Workload.W1) {
      long[][] histogram = histogram(out);
      return new Result(workload, ID, Map.of("opsPerSec", rate, "p50Micros", percentile(histogram, 0.50),
          "p99Micros", percentile(histogram, 0.99)), OptionalLong.empty());
    }
    Matcher errors = ERRORS.matcher(out);
    return new Result(workload, ID, Map.of("opsPerSec", rate, "errors", errors.find() ? Double.parseDouble(errors.group(1)) : 0),
        OptionalLong.empty());
  }

  /** One run of {@code duration}; sysbench 1.0 has no warm-up option, so warming up is a run whose output is dropped. */
  private String run(int threads, Duration duration, List<String> prefix) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(command(List.of("--threads=" + threads, "--time=" + Math.max(1, duration.toSeconds()), "--histogram=on"), "run"));
    return Tools.run(command);
  }

  private List<String> command(List<String> options, String action) {
    List<String> command = new ArrayList<>(List.of("sysbench", "oltp_point_select"));
    command.addAll(connection);
    command.addAll(options);
    command.add(action);
    return command;
  }

  /** The histogram's buckets: upper value in microseconds and count. */
  private static long[][] histogram(String out) {
    List<long[]> buckets = new ArrayList<>();
    Matcher bucket = BUCKET.matcher(out);
    while (bucket.find()) {
      buckets.add(new long[] {Math.round(Double.parseDouble(bucket.group(1)) * 1000), Long.parseLong(bucket.group(2))});
    }
    return buckets.toArray(long[][]::new);
  }

  private static double percentile(long[][] histogram, double p) {
    long total = 0;
    for (long[] b : histogram) {
      total += b[1];
    }
    long seen = 0;
    for (long[] b : histogram) {
      seen += b[1];
      if (seen >= Math.ceil(p * total)) {
        return b[0];
      }
    }
    return Double.NaN;
  }
}
