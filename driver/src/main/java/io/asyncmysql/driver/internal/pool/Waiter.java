package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.MySqlConnection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * One borrow: the future its caller holds, when it started, where it was called from (only while
 * leak detection is on) and its acquire timeout. Whoever completes the future first decides: a
 * connection lent to a waiter that timed out or was cancelled meanwhile goes back to the pool.
 */
final class Waiter {
  final CompletableFuture<MySqlConnection> future = new CompletableFuture<>();
  final long since;
  final Throwable origin;
  private volatile ScheduledFuture<?> timer;

  Waiter(long since, Throwable origin) {
    this.since = since;
    this.origin = origin;
  }

  /** Sets the timeout timer; cancels it at once if the borrow already completed. */
  void expireWith(ScheduledFuture<?> timeout) {
    timer = timeout;
    if (timeout != null && future.isDone()) {
      timeout.cancel(false);
    }
  }

  /** Cancels the timeout timer, if set. */
  void stopTimer() {
    ScheduledFuture<?> timeout = timer;
    if (timeout != null) {
      timeout.cancel(false);
    }
  }
}
