package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.PoolMetrics;
import java.util.concurrent.atomic.LongAdder;

/** The pool's running totals and timings, updated without locks. */
final class PoolCounters {
  private final LongAdder created = new LongAdder();
  private final LongAdder closed = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final LongAdder leaks = new LongAdder();
  private final DurationHistogram acquireTime = new DurationHistogram();
  private final DurationHistogram usageTime = new DurationHistogram();

  void created() {
    created.increment();
  }

  void closed() {
    closed.increment();
  }

  void timedOut() {
    timeouts.increment();
  }

  void timeoutWithdrawn() {
    timeouts.decrement();
  }

  void leaked() {
    leaks.increment();
  }

  void acquired(long waitedNanos) {
    acquireTime.record(waitedNanos);
  }

  /** Withdraws an acquisition counted for a waiter that had given up before it was served. */
  void acquireWithdrawn(long waitedNanos) {
    acquireTime.withdraw(waitedNanos);
  }

  void used(long heldNanos) {
    usageTime.record(heldNanos);
  }

  PoolMetrics snapshot(int active, int idle, int pending) {
    return new PoolMetrics(
        active, idle, pending, created.sum(), closed.sum(), timeouts.sum(), leaks.sum(), acquireTime.snapshot(), usageTime.snapshot());
  }
}
