package io.asyncmysql.benchmarks.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The comparison as Markdown: the machine, the command, then a table per workload with each figure's ratio to the best peer. */
final class Report {
  private final Standings standings;
  private final Machine machine;
  private final Options options;
  private final String title;

  Report(String title, Standings standings, Machine machine, Options options) {
    this.title = title;
    this.standings = standings;
    this.machine = machine;
    this.options = options;
  }

  void write(Path file, List<Path> charts) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append("Machine: ").append(machine.toMarkdown()).append(".\n\n");
    md.append("Command: `scripts/compare").append(options.toArguments().isEmpty() ? "" : " " + options.toArguments()).append("`");
    md.append(options.quick() ? " (quick: short warm-up and measurement, one pass)" : " (each contestant × workload in its own JVM, "
        + "twice: interleaved, then in reverse order; the better run counts, errors add up)").append(".\n\n");
    md.append("`× best peer` is the figure divided by the best peer's (the peers are every driver but asyncmysql; sysbench is not a peer):"
        + " above 1 is better for rates, below 1 is better for times, CPU and memory.\n");
    for (Workload workload : options.workloads()) {
      List<String> ids = standings.contestants(workload);
      if (ids.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(workload).append(" — ").append(workload.title);
      if (workload == Workload.W1 && options.pin()) {
        md.append(" (client and server pinned to CPU 0)");
      }
      md.append("\n\n| contestant |");
      StringBuilder rule = new StringBuilder("| --- |");
      for (Metric metric : workload.metrics) {
        md.append(' ').append(metric.label()).append(" |");
        rule.append(" ---: |");
        if (!metric.summed()) {
          md.append(" × best peer |");
          rule.append(" ---: |");
        }
      }
      boolean checksums = standings.agreedChecksum(workload).isPresent();
      if (checksums) {
        md.append(" checksum |");
        rule.append(" --- |");
      }
      md.append('\n').append(rule).append('\n');
      for (String id : ids) {
        md.append("| ").append(id.equals(Sysbench.ID) ? "sysbench (C client, native ceiling)" : standings.name(id)).append(" |");
        for (Metric metric : workload.metrics) {
          OptionalDouble value = standings.figure(workload, id, metric);
          md.append(' ').append(value.isPresent() ? format(value.getAsDouble()) : "—").append(" |");
          if (!metric.summed()) {
            OptionalDouble best = standings.bestPeer(workload, metric);
            md.append(' ').append(value.isPresent() && best.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble() / best.getAsDouble()) : "—")
                .append(" |");
          }
        }
        if (checksums) {
          md.append(' ').append(checksumCell(workload, id)).append(" |");
        }
        md.append('\n');
      }
    }
    if (!standings.notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      standings.notes().forEach(n -> md.append("- ").append(n).append('\n'));
    }
    if (!charts.isEmpty()) {
      md.append("\n## Charts\n\n");
      charts.forEach(c -> md.append("![").append(c.getFileName()).append("](").append(c.getFileName()).append(")\n"));
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, md);
  }

  private String checksumCell(Workload workload, String id) {
    OptionalLong sum = standings.checksum(workload, id);
    if (sum.isEmpty()) {
      return "—";
    }
    return sum.getAsLong() == standings.agreedChecksum(workload).getAsLong() ? "same" : "**DIFFERS** (" + sum.getAsLong() + ")";
  }

  /** Three significant figures at most, with thousands separators. */
  static String format(double value) {
    if (value >= 100 || value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }
}
