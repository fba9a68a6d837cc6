package io.asyncmysql.examples;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The latency of each operation of one step, and how many failed. Each operation owns one slot, so
 * operations finishing on different threads record without a lock; whoever waits for all of them
 * (a {@code join}, an executor's {@code close}) sees every slot.
 */
final class Latencies {
  private final long[] nanos;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

  Latencies(int operations) {
    nanos = new long[operations];
  }

  /** A blocking operation that may fail. */
  interface Operation {
    void run() throws Exception;
  }

  /**
   * Runs an operation on this thread and records its latency and outcome.
   * @param index the operation's slot, from 0
   */
  void time(int index, Operation operation) {
    long start = System.nanoTime();
    try {
      operation.run();
      succeeded(index, start);
    } catch (Exception e) {
      failed(index, start, e);
    }
  }

  /**
   * Starts an asynchronous operation and records its latency and outcome when it completes.
   * @param index the operation's slot, from 0
   * @return the operation's future, completed after the record is made
   */
  <T> CompletableFuture<T> timeAsync(int index, Supplier<CompletableFuture<T>> operation) {
    long start = System.nanoTime();
    CompletableFuture<T> future;
    try {
      future = operation.get();
    } catch (RuntimeException e) {
      future = CompletableFuture.failedFuture(e);
    }
    return future.whenComplete((result, failure) -> {
      if (failure == null) {
        succeeded(index, start);
      } else {
        failed(index, start, failure);
      }
    });
  }

  private void succeeded(int index, long startNanos) {
    nanos[index] = System.nanoTime() - startNanos;
  }

  private void failed(int index, long startNanos, Throwable failure) {
    succeeded(index, startNanos);
    failures.incrementAndGet();
    firstFailure.compareAndSet(null, failure);
  }

  int operations() {
    return nanos.length;
  }

  int failures() {
    return failures.get();
  }

  /** The first failure recorded, or {@code null} when every operation succeeded. */
  Throwable firstFailure() {
    return firstFailure.get();
  }

  /**
   * The nearest-rank percentile of the recorded latencies.
   * @param percent from 0 (exclusive) to 100
   * @return the latency in nanoseconds, 0 when there were no operations
   */
  long percentile(double percent) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
  }
}
