package io.asyncmysql.testing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File helpers for server directories. */
final class Directories {
  private static final int TAIL_LINES = 40;

  private Directories() {}

  static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (NoSuchFileException gone) {
      // Already deleted, e.g. by the watchdog.
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot delete " + directory, e);
    }
  }

  /** The last lines of a log file, for error messages; empty when it does not exist. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())) + "\n";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
