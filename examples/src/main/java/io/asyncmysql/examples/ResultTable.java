package io.asyncmysql.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats the demo's results as a plain-text table, one row per step. */
final class ResultTable {
  private static final String[] HEADER = {"step", "operations", "failed", "wall time", "ops/s", "p50", "p99", "notes"};

  private ResultTable() {}

  static String format(List<StepResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (StepResult r : results) {
      rows.add(new String[] {
          r.step(), String.format(Locale.ROOT, "%,d", r.operations()), Long.toString(r.failures()),
          String.format(Locale.ROOT, "%.2f s", r.wallNanos() / 1e9), String.format(Locale.ROOT, "%,.0f", r.throughput()),
          latency(r.p50Nanos()), latency(r.p99Nanos()), r.note()});
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      appendRow(out, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, rule, widths);
      }
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      boolean leftAligned = i == 0 || i == cells.length - 1;
      String format = "%" + (leftAligned ? "-" : "") + widths[i] + "s";
      line.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, format, cells[i]));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String latency(long nanos) {
    if (nanos < 0) {
      return "-";
    }
    return nanos < 10_000_000
        ? String.format(Locale.ROOT, "%.2f ms", nanos / 1e6)
        : String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
  }
}
