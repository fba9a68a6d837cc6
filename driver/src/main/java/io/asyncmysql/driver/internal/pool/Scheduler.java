package io.asyncmysql.driver.internal.pool;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool's timers (acquire timeouts, leak reports, connect retries, housekeeping) on one daemon
 * thread of its own, so that a pool never keeps a JVM alive and its timers never delay an event loop.
 * Cancelled timers are removed at once. Timers set after shutdown are dropped.
 */
final class Scheduler {
  private static final System.Logger LOG = System.getLogger("io.asyncmysql.driver.pool");
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ScheduledThreadPoolExecutor executor;

  Scheduler() {
    String name = "asyncmysql-pool-" + POOLS.incrementAndGet();
    executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Runs {@code task} once after {@code delay}; returns null when shut down. */
  ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    try {
      return executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shutDown) {
      return null;
    }
  }

  /** Runs {@code task} every {@code period} until shutdown; a failure is logged and the task keeps running. */
  void every(Runnable task, Duration period) {
    Runnable logged = () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "pool housekeeping failed", e);
      }
    };
    executor.scheduleWithFixedDelay(logged, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
  }

  void shutdown() {
    executor.shutdownNow();
  }
}
