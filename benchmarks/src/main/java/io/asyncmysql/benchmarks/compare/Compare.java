package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestServers;
import io.asyncmysql.testing.internal.LocalServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison runner: starts a server through {@code testing/} (or uses {@code --url}), fills
 * the schema once, runs sysbench's point selects as the native ceiling when installed, then each
 * contestant × workload in a JVM of its own ({@link Worker}), interleaved and then in reverse order,
 * and writes a Markdown report with PNG charts to {@code benchmarks/results/}. See {@link Options}.
 */
public final class Compare {
  private final Options options;
  private final Effort effort;
  private final List<Entrant> contestants;
  private final Standings standings;
  private final Path log;
  private final long started = System.nanoTime();
  private int done;
  private int total;

  private Compare(Options options) throws IOException, ReflectiveOperationException {
    this.options = options;
    this.effort = Effort.of(options.quick());
    this.contestants = Entrant.available().stream().filter(c -> options.contestants().isEmpty() || options.contestants().contains(c.id()))
        .toList();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Boolean> ours = new LinkedHashMap<>();
    for (Entrant c : contestants) {
      names.put(c.id(), c.create().name());
      ours.put(c.id(), c.ours());
    }
    this.standings = new Standings(names, ours);
    Entrant.ALL.stream().filter(c -> !Entrant.available().contains(c))
        .forEach(c -> standings.note(c.className() + " is not on the class path yet, so " + c.id() + " did not run"));
    this.log = Files.createTempFile("compare-", ".log");
  }

  /** Runs the comparison; see {@link Options#USAGE}. */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.url() != null) {
      System.setProperty("asyncmysql.test.url", options.url());
    } else {
      System.setProperty("asyncmysql.test.flavour", options.flavour());
    }
    new Compare(options).run();
    System.exit(0);
  }

  private void run() throws Exception {
    progress("starting the server");
    try (RunningServer running = TestServers.start()) {
      TestServer server = running.createDatabase();
      MySqlConnection admin = MySqlConnection.connect(server.url() + "?sslMode=DISABLED").join();
      try {
        Contestant.Database database = new Contestant.Database(server.host(), server.port(), server.user(), server.password(),
            server.database());
        progress("filling the schema (" + server + ")");
        Fill.fill(admin);
        Machine machine = Machine.describe(server.flavour().id() + " " + server.version());
        Pinning pinning = pinning(running);
        Sysbench sysbench = sysbench(database);
        total = options.workloads().size() * passes() * contestants.size();
        for (Workload workload : options.workloads()) {
          if (workload == Workload.W6 && !Wrk.installed()) {
            standings.note("W6 skipped: wrk is not installed (scripts/compare installs it with apt when run as root)");
            done += passes() * contestants.size();
            continue;
          }
          boolean pinned = pinning != null && workload == Workload.W1;
          if (pinned) {
            pinning.pinServer();
          }
          try {
            runWorkload(workload, admin, database, sysbench, pinned ? Pinning.prefix() : List.of());
          } finally {
            if (pinned) {
              pinning.unpinServer();
            }
          }
        }
        write(server.flavour().id(), machine);
      } finally {
        admin.close().join();
        running.dropDatabase(server.database());
      }
    }
  }

  private void runWorkload(Workload workload, MySqlConnection admin, Contestant.Database database, Sysbench sysbench, List<String> prefix)
      throws Exception {
    if (sysbench != null && (workload == Workload.W1 || workload == Workload.W2)) {
      progress(workload + " sysbench");
      try {
        standings.add(sysbench.run(workload, workload == Workload.W1 ? 1 : 64, effort.warmUp(), effort.measure(), prefix));
      } catch (IOException e) {
        standings.note(workload + " sysbench failed: " + e.getMessage());
      }
    }
    List<Entrant> order = new ArrayList<>(contestants);
    if (passes() == 2) {
      order.addAll(contestants.reversed());
    }
    for (Entrant contestant : order) {
      if (workload == Workload.W4) {
        admin.query("TRUNCATE TABLE item").join();
      }
      progress(workload + " " + standings.name(contestant.id()));
      try {
        Result result = WorkerProcess.run(contestant, workload, database, options.quick(), prefix, log);
        standings.add(result);
        System.err.println("    " + result.figures());
      } catch (IOException e) {
        standings.note(workload + " " + standings.name(contestant.id()) + ": " + e.getMessage());
        System.err.println("    " + e.getMessage());
      }
      done++;
    }
  }

  private int passes() {
    return options.quick() ? 1 : 2;
  }

  private Pinning pinning(RunningServer running) {
    if (!options.pin()) {
      return null;
    }
    if (running instanceof LocalServer local && Tools.installed("taskset")) {
      return new Pinning(local.process().pid());
    }
    standings.note("--pin needs taskset and a server started by the runner: W1 ran unpinned");
    return null;
  }

  private Sysbench sysbench(Contestant.Database database) throws IOException, InterruptedException {
    if (!Sysbench.installed()) {
      standings.note("no native ceiling: sysbench is not installed (scripts/compare installs it with apt when run as root)");
      return null;
    }
    if (!options.workloads().contains(Workload.W1) && !options.workloads().contains(Workload.W2)) {
      return null;
    }
    progress("sysbench prepare");
    Sysbench sysbench = new Sysbench(database);
    sysbench.prepare();
    standings.note("sysbench oltp_point_select (C client, server prepared statements, `SELECT c FROM sbtest1 WHERE id=?` on 10,000 rows)"
        + " runs with one connection per thread: 1 for W1, 64 for W2 (it cannot put several statements in flight on one connection)");
    return sysbench;
  }

  private void write(String flavour, Machine machine) throws IOException {
    String prefix = LocalDate.now(ZoneOffset.UTC) + "-" + flavour + (options.quick() ? "-quick" : "");
    Path directory = options.output();
    Files.createDirectories(directory);
    standings.note(String.format(Locale.ROOT, "one-minute load average %.1f at the end (%.1f at the start): other jobs shared the machine;"
        + " compare ratios within this run, not absolute figures", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        machine.loadAverage()));
    List<Path> charts = Charts.write(standings, options.workloads(), directory, prefix);
    Path report = directory.resolve(prefix + ".md");
    new Report("asyncmysql against its peers on " + machine.server(), standings, machine, options).write(report, charts);
    progress("wrote " + report + " and " + charts.size() + " charts; worker logs in " + log);
  }

  private void progress(String what) {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    String count = total == 0 ? "" : "[" + (done + 1 > total ? total : done + 1) + "/" + total + "] ";
    System.err.printf("%3d:%02d %s%s%n", seconds / 60, seconds % 60, count, what);
  }
}
