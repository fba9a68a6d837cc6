package io.asyncmysql.benchmarks.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Every result of a comparison: each contestant's runs of a workload combined (the best run counts,
 * errors add up), what failed, W3's checksums compared, and notes for the report.
 */
final class Standings {
  private final Map<Workload, Map<String, Result>> combined = new LinkedHashMap<>();
  private final Map<Workload, Map<String, Long>> checksums = new HashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, String> names;
  private final Map<String, Boolean> ours;

  /** {@code names} and {@code ours} by contestant id, in the order the tables list them. */
  Standings(Map<String, String> names, Map<String, Boolean> ours) {
    this.names = names;
    this.ours = ours;
  }

  void add(Result result) {
    combined.computeIfAbsent(result.workload(), w -> new LinkedHashMap<>()).merge(result.contestant(), result, Result::combine);
    result.checksum().ifPresent(sum -> {
      Long earlier = checksums.computeIfAbsent(result.workload(), w -> new LinkedHashMap<>()).putIfAbsent(result.contestant(), sum);
      if (earlier != null && earlier != sum) {
        note(names.get(result.contestant()) + ": W3 checksum differs between its own runs (" + earlier + ", " + sum + ")");
      }
    });
  }

  void note(String note) {
    notes.add(note);
  }

  List<String> notes() {
    return notes;
  }

  String name(String id) {
    return names.getOrDefault(id, id);
  }

  /** The contestants (and sysbench) with a result for this workload, in table order. */
  List<String> contestants(Workload workload) {
    Map<String, Result> results = combined.getOrDefault(workload, Map.of());
    List<String> ids = new ArrayList<>(names.keySet().stream().filter(results::containsKey).toList());
    if (results.containsKey(Sysbench.ID)) {
      ids.add(Sysbench.ID);
    }
    return ids;
  }

  OptionalDouble figure(Workload workload, String contestant, Metric metric) {
    Result result = combined.getOrDefault(workload, Map.of()).get(contestant);
    Double value = result == null ? null : result.figures().get(metric.key());
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The best figure among the peers (contestants other than asyncmysql and sysbench). */
  OptionalDouble bestPeer(Workload workload, Metric metric) {
    return contestants(workload).stream().filter(id -> !ours.getOrDefault(id, true)).map(id -> figure(workload, id, metric))
        .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
        .reduce(metric::combineBest);
  }

  /** The checksum most contestants agree on, if any contestant reported one. */
  OptionalLong agreedChecksum(Workload workload) {
    Map<Long, Integer> votes = new HashMap<>();
    checksums.getOrDefault(workload, Map.of()).values().forEach(sum -> votes.merge(sum, 1, Integer::sum));
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> OptionalLong.of(e.getKey())).orElse(OptionalLong.empty());
  }

  OptionalLong checksum(Workload workload, String contestant) {
    Long sum = checksums.getOrDefault(workload, Map.of()).get(contestant);
    return sum == null ? OptionalLong.empty() : OptionalLong.of(sum);
  }
}
