package io.asyncmysql.testing.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Closes, when the JVM exits, every server this JVM started and did not close. */
final class ShutdownHook {
  private static final Set<AutoCloseable> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("asyncmysql-test-servers").unstarted(ShutdownHook::closeAll));
  }

  private ShutdownHook() {}

  static void remember(AutoCloseable server) {
    OPEN.add(server);
  }

  static void forget(AutoCloseable server) {
    OPEN.remove(server);
  }

  private static void closeAll() {
    for (AutoCloseable server : OPEN) {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("asyncmysql: cannot close test server " + server + ": " + e);
      }
    }
  }
}
