package io.asyncmysql.benchmarks.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a {@link Worker} in a JVM of its own (the same Java and class path as the runner), waits
 * for it, and returns its result. Its other output goes to a log file. The environment variable
 * {@code COMPARE_JVM_OPTIONS} adds options to every worker's JVM (a profiler, for example).
 */
final class WorkerProcess {
  /** The same flags for every worker: heap fixed, so peak heap compares; Netty's leak detector off for every Netty-based driver. */
  private static final List<String> JVM_FLAGS = List.of("-Xms1g", "-Xmx1g", "-Dio.netty.leakDetection.level=disabled",
      "-Djava.awt.headless=true");

  private WorkerProcess() {}

  static Result run(Entrant contestant, Workload workload, Contestant.Database database, boolean quick, List<String> prefix, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(prefix);
    command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(JVM_FLAGS);
    String extra = System.getenv("COMPARE_JVM_OPTIONS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Worker.class.getName(), contestant.id(), workload.name(),
        database.host(), Integer.toString(database.port()), database.user(), database.name(), quick ? "quick" : "full"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("COMPARE_PASSWORD", database.password());
    Process process = builder.start();
    Result result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Result parsed = Result.parse(line);
        if (parsed != null) {
          result = parsed;
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      throw new IOException(contestant.id() + " " + workload + " failed (exit " + exit + "), see " + log);
    }
    return result;
  }
}
