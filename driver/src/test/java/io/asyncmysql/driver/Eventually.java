package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Waits for a condition that becomes true in the background; the test's own timeout bounds the wait. */
public final class Eventually {
  private static final long LIMIT_NANOS = 60_000_000_000L;

  private Eventually() {}

  /** Checks {@code condition} every 20ms until it holds; fails after a minute. */
  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + LIMIT_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("still not true after a minute: " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting until " + what);
      }
    }
  }
}
