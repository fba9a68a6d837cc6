package io.asyncmysql.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sockets this JVM holds open, read from Linux's {@code /proc}: what a connection that was never
 * closed leaves behind. Other descriptors (jar files opened by class loading, epoll) come and go on
 * their own and are not counted.
 */
final class OpenSockets {
  private OpenSockets() {}

  /** How many sockets are open now. */
  static long count() {
    try (Stream<Path> open = Files.list(Path.of("/proc/self/fd"))) {
      return open.filter(OpenSockets::isSocket).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isSocket(Path descriptor) {
    try {
      return Files.readSymbolicLink(descriptor).toString().startsWith("socket:");
    } catch (IOException closedMeanwhile) {
      return false;
    }
  }
}
