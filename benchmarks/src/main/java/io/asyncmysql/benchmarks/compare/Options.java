package io.asyncmysql.benchmarks.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's command line.
 *
 * @param flavour {@code mariadb} (default) or {@code mysql}: which embedded server to start
 * @param url a server of the user's, {@code mysql://user:password@host:port/database}, instead of the embedded one
 * @param quick short warm-up and measurement, one pass instead of two (under 3 minutes)
 * @param pin W1 with client and server pinned to CPU 0 ({@code taskset}; embedded server only)
 * @param output the directory the report and charts go to
 * @param contestants the contestants' ids to run, empty for all available
 * @param workloads the workloads to run
 */
record Options(String flavour, String url, boolean quick, boolean pin, Path output, List<String> contestants, List<Workload> workloads) {

  static final String USAGE = """
      usage: Compare [--flavour mariadb|mysql] [--url mysql://user:password@host:port/database] [--quick] [--pin]
                     [--output DIR] [--contestants id,id,...] [--workloads W1,W2,...]
      contestants: """ + String.join(", ", Entrant.ALL.stream().map(Entrant::id).toList());

  static Options parse(String... args) {
    String flavour = "mariadb";
    String url = null;
    boolean quick = false;
    boolean pin = false;
    Path output = Path.of("benchmarks", "results");
    List<String> contestants = List.of();
    List<Workload> workloads = List.of(Workload.values());
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--flavour" -> flavour = value(args, ++i);
        case "--url" -> url = value(args, ++i);
        case "--quick" -> quick = true;
        case "--pin" -> pin = true;
        case "--output" -> output = Path.of(value(args, ++i));
        case "--contestants" -> contestants = List.of(value(args, ++i).split(","));
        case "--workloads" -> workloads = workloads(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
      }
    }
    if (!flavour.equals("mariadb") && !flavour.equals("mysql")) {
      throw new IllegalArgumentException("--flavour is mariadb or mysql, not " + flavour);
    }
    contestants.forEach(Entrant::byId);
    return new Options(flavour, url, quick, pin, output, contestants, workloads);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  private static List<Workload> workloads(String list) {
    List<Workload> workloads = new ArrayList<>();
    for (String w : list.split(",")) {
      workloads.add(Workload.valueOf(w.trim().toUpperCase(java.util.Locale.ROOT)));
    }
    return workloads;
  }

  /** The command-line arguments that reproduce these options (the output directory left out). */
  String toArguments() {
    List<String> args = new ArrayList<>();
    if (url != null) {
      args.add("--url mysql://…");
    } else if (!flavour.equals("mariadb")) {
      args.add("--flavour " + flavour);
    }
    if (quick) {
      args.add("--quick");
    }
    if (pin) {
      args.add("--pin");
    }
    if (!contestants.isEmpty()) {
      args.add("--contestants " + String.join(",", contestants));
    }
    if (workloads.size() != Workload.values().length) {
      args.add("--workloads " + String.join(",", workloads.stream().map(Enum::name).toList()));
    }
    return String.join(" ", args);
  }
}
