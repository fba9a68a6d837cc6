package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a pool's metrics must show once every borrower has given its connection back. */
final class PoolBooks {
  private PoolBooks() {}

  /**
   * Nothing borrowed, nobody waiting, every open connection idle, and as many loans returned as
   * were made (the r2dbc-pool#143 assertion).
   */
  static void assertAllReturned(PoolMetrics metrics) {
    assertEquals(0, metrics.active(), () -> "borrowed: " + metrics);
    assertEquals(0, metrics.pending(), () -> "waiting: " + metrics);
    assertEquals(metrics.totalCreated() - metrics.totalClosed(), metrics.idle() + metrics.active(), () -> "idle + active != allocated: " + metrics);
    assertEquals(metrics.acquireTime().count(), metrics.usageTime().count(), () -> "acquired != released: " + metrics);
  }

  /** All returned, and every connection the pool opened closed. */
  static void assertClosed(PoolMetrics metrics) {
    assertAllReturned(metrics);
    assertEquals(0, metrics.idle(), () -> "idle after close: " + metrics);
    assertEquals(metrics.totalCreated(), metrics.totalClosed(), () -> "opened but not closed: " + metrics);
  }
}
