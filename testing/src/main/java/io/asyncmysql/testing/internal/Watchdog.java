package io.asyncmysql.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A tiny shell process that outlives a JVM killed without running its shutdown hooks: once the JVM is
 * gone it kills the server and deletes its directory. It exits by itself when the server stops while
 * the JVM lives.
 */
final class Watchdog {
  private static final String SCRIPT =
      "while kill -0 \"$1\" 2>/dev/null; do kill -0 \"$2\" 2>/dev/null || exit 0; sleep 1; done;"
          + " kill -9 \"$2\" 2>/dev/null; rm -rf \"$3\"";

  private Watchdog() {}

  static Process guard(ProcessHandle server, Path directory) {
    try {
      return new ProcessBuilder(
              "sh", "-c", SCRIPT, "asyncmysql-watchdog",
              Long.toString(ProcessHandle.current().pid()), Long.toString(server.pid()), directory.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the server watchdog", e);
    }
  }
}
