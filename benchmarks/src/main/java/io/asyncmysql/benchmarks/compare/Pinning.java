package io.asyncmysql.benchmarks.compare;

import java.io.IOException;
import java.util.List;

/**
 * W1's pinned mode: the server's threads and the client's process on CPU 0, with {@code taskset}, so
 * that each round trip is a hand-off on one CPU rather than a wake-up across two.
 */
final class Pinning {
  private final long serverPid;

  Pinning(long serverPid) {
    this.serverPid = serverPid;
  }

  /** The prefix that starts a process on CPU 0. */
  static List<String> prefix() {
    return List.of("taskset", "-c", "0");
  }

  void pinServer() throws IOException, InterruptedException {
    Tools.run("taskset", "-a", "-p", "-c", "0", Long.toString(serverPid));
  }

  void unpinServer() throws IOException, InterruptedException {
    Tools.run("taskset", "-a", "-p", "-c", "0-" + (Runtime.getRuntime().availableProcessors() - 1), Long.toString(serverPid));
  }
}
