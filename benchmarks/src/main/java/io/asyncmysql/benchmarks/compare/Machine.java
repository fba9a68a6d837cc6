package io.asyncmysql.benchmarks.compare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a comparison ran on, as the report prints it.
 *
 * @param cpu the CPU model
 * @param cores the CPUs this JVM sees
 * @param memory total memory
 * @param os the kernel
 * @param jdk the JDK running the runner and the workers
 * @param server the database server's version
 * @param loadAverage the one-minute load average when the run started
 */
record Machine(String cpu, int cores, String memory, String os, String jdk, String server, double loadAverage) {

  static Machine describe(String serverVersion) {
    return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memoryTotal(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"), serverVersion,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  String toMarkdown() {
    return String.format(Locale.ROOT, "%s, %d CPUs, %s RAM; %s; %s; server %s; load average %.1f at the start", cpu, cores, memory, os, jdk,
        server, loadAverage);
  }

  private static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
  }

  private static String memoryTotal() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(kb -> Math.round(Long.parseLong(kb.replace("kB", "").trim()) / 1048576.0) + " GB").orElse("?");
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
