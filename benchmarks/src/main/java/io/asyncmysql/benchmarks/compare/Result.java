package io.asyncmysql.benchmarks.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What one worker measured, sent to the runner as one line on standard output: {@code RESULT W3
 * mariadb checksum=-42 rowsPerSec=812345.0 ...}.
 *
 * @param workload the workload
 * @param contestant the contestant's id
 * @param figures the figures by {@link Metric#key()}
 * @param checksum W3's checksum of the decoded values, if any
 */
record Result(Workload workload, String contestant, Map<String, Double> figures, OptionalLong checksum) {
  private static final String PREFIX = "RESULT ";

  Result {
    figures = Map.copyOf(figures);
  }

  String toLine() {
    StringBuilder line = new StringBuilder(PREFIX).append(workload).append(' ').append(contestant);
    checksum.ifPresent(c -> line.append(" checksum=").append(c));
    figures.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
    return line.toString();
  }

  /** The result on this line, or {@code null} when the line is something else the worker printed. */
  static Result parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return null;
    }
    String[] words = line.substring(PREFIX.length()).trim().split(" ");
    Map<String, Double> figures = new LinkedHashMap<>();
    OptionalLong checksum = OptionalLong.empty();
    for (int i = 2; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      String key = words[i].substring(0, eq);
      String value = words[i].substring(eq + 1);
      if (key.equals("checksum")) {
        checksum = OptionalLong.of(Long.parseLong(value));
      } else {
        figures.put(key, Double.parseDouble(value));
      }
    }
    return new Result(Workload.valueOf(words[0]), words[1], figures, checksum);
  }

  /** This result and another run of the same contestant and workload, each figure combined by its metric. */
  Result combine(Result other) {
    Map<String, Double> combined = new LinkedHashMap<>(figures);
    other.figures.forEach((key, value) -> combined.merge(key, value, workload.metric(key)::combine));
    OptionalLong kept = checksum.isPresent() ? checksum : other.checksum;
    return new Result(workload, contestant, combined, kept);
  }
}
