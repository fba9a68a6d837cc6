package io.asyncmysql.driver.internal.pool;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.WARNING;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPoolOptions;
import io.asyncmysql.driver.PoolClosedException;
import io.asyncmysql.driver.PoolExhaustedException;
import io.asyncmysql.driver.PoolMetrics;
import io.asyncmysql.driver.PoolTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Lends connections to borrowers, first come first served; opens, validates, cleans and retires
 * them. The books are kept by {@link PoolState} under its lock; this class acts on its decisions
 * after the lock is released. Borrowers' futures complete through a {@link Trampoline}, so lending
 * never nests however many borrowers wait. Timers run on the pool's own {@link Scheduler} thread.
 */
final class Allocator {
  private static final System.Logger LOG = System.getLogger("io.asyncmysql.driver.pool");

  private final MySqlConnectOptions connectOptions;
  private final MySqlPoolOptions options;
  private final PoolState state;
  private final Scheduler scheduler = new Scheduler();
  private final PoolCounters counters = new PoolCounters();
  private final Executor handOffs = new Trampoline();
  private final CompletableFuture<Void> terminated = new CompletableFuture<>();

  Allocator(MySqlConnectOptions connectOptions, MySqlPoolOptions options) {
    this.connectOptions = connectOptions;
    this.options = options;
    this.state = new PoolState(options);
  }

  /** Opens {@code minIdle} connections in the background and starts housekeeping. */
  void start() {
    scheduler.every(this::housekeep, housekeepingPeriod(options));
    open(state.reserve());
  }

  CompletableFuture<MySqlConnection> acquire() {
    Throwable origin = options.leakDetectionThreshold().isZero() ? null : new Throwable("acquired here");
    Waiter waiter = new Waiter(System.nanoTime(), origin);
    PoolState.Borrow borrow = state.borrow(waiter);
    if (borrow.closed()) {
      return CompletableFuture.failedFuture(new PoolClosedException("cannot acquire a connection: the pool is closed"));
    }
    if (borrow.entry() == null && !borrow.queued()) {
      return CompletableFuture.failedFuture(new PoolExhaustedException("cannot acquire a connection: " + borrow.inUse()
          + " in use and " + options.maxWaiters() + " callers waiting (expected: at most maxWaiters " + options.maxWaiters() + ")"));
    }
    if (borrow.entry() != null) {
      lend(borrow.entry(), waiter);
    }
    if (!waiter.future.isDone()) {
      waitFor(waiter);
    }
    open(borrow.open());
    return waiter.future;
  }

  /** Arms the acquire timeout of a borrow that did not complete at once, and forgets it when it gives up. */
  private void waitFor(Waiter waiter) {
    waiter.future.whenComplete((connection, failure) -> {
      waiter.stopTimer();
      if (failure != null) {
        state.forget(waiter);
      }
    });
    waiter.expireWith(scheduler.schedule(() -> expire(waiter), options.acquireTimeout()));
  }

  /**
   * Takes a connection back from a loan: rolls back or resets it, then keeps it, or replaces it if
   * broken. After a query timeout it first waits for a ping, which answers only once the killed
   * statement's response was read.
   */
  CompletableFuture<Void> release(PoolEntry entry, long lentAt) {
    counters.used(System.nanoTime() - lentAt);
    if (!entry.usable()) {
      act(state.discarded(entry));
      return CompletableFuture.completedFuture(null);
    }
    MySqlConnection connection = entry.connection;
    CompletableFuture<?> sync = entry.takeTimedOut()
        ? connection.ping().orTimeout(options.validationTimeout().toNanos(), TimeUnit.NANOSECONDS) : null;
    CompletableFuture<?> cleanup = options.resetOnReturn() ? initialise(connection.reset(), connection)
        : connection.inTransaction() ? connection.rollback() : sync;
    if (sync != null && cleanup != sync) {
      cleanup = CompletableFuture.allOf(sync, cleanup);
    }
    if (cleanup == null) {
      act(state.returned(entry, System.nanoTime()));
      return CompletableFuture.completedFuture(null);
    }
    return cleanup.handle((ignored, failure) -> {
      if (failure != null || !entry.usable()) {
        LOG.log(DEBUG, () -> "discarding " + entry + ": cleanup on return failed", failure);
        entry.markBroken();
        act(state.discarded(entry));
      } else {
        act(state.returned(entry, System.nanoTime()));
      }
      return null;
    });
  }

  PoolMetrics metrics() {
    int[] counts = state.counts();
    return counters.snapshot(counts[0], counts[1], counts[2]);
  }

  CompletableFuture<Void> close() {
    PoolState.Closing closing = state.close();
    closing.waiters().forEach(waiter -> fail(waiter, new PoolClosedException("cannot acquire a connection: the pool was closed while waiting")));
    closing.idle().forEach(this::close);
    if (closing.terminated()) {
      terminate();
    }
    return terminated;
  }

  /** Closes idle connections that broke, outlived {@code maxLifetime} or idled beyond {@code idleTimeout}, and refills {@code minIdle}. */
  void housekeep() {
    act(state.sweep(System.nanoTime()));
  }

  private void act(PoolState.Actions actions) {
    actions.retire().forEach(this::close);
    actions.matches().forEach(match -> lend(match.entry(), match.waiter()));
    open(actions.open());
    if (actions.terminated()) {
      terminate();
    }
  }

  /** Lends an entry to a waiter, pinging it first when it idled longer than {@code validationInterval}. */
  private void lend(PoolEntry entry, Waiter waiter) {
    if (!entry.usable()) {
      act(state.discarded(entry));
      requeue(waiter);
      return;
    }
    if (entry.idleFor(System.nanoTime()) < options.validationInterval().toNanos()) {
      deliver(entry, waiter);
      return;
    }
    entry.connection.ping().orTimeout(options.validationTimeout().toNanos(), TimeUnit.NANOSECONDS).whenComplete((ok, failure) -> {
      if (failure == null) {
        deliver(entry, waiter);
      } else {
        LOG.log(DEBUG, () -> "discarding " + entry + ": validation failed", failure);
        entry.markBroken();
        act(state.discarded(entry));
        requeue(waiter);
      }
    });
  }

  private void requeue(Waiter waiter) {
    PoolState.Actions actions = state.requeued(waiter);
    if (actions == null) {
      fail(waiter, new PoolClosedException("cannot acquire a connection: the pool was closed while waiting"));
    } else {
      act(actions);
    }
  }

  /**
   * Completes the waiter with a new loan, counted before so that its callbacks see the count; if it
   * gave up meanwhile, the count is withdrawn and the entry goes back.
   */
  private void deliver(PoolEntry entry, Waiter waiter) {
    handOffs.execute(() -> {
      PooledConnection loan = new PooledConnection(entry, this, System.nanoTime());
      if (waiter.origin != null) {
        loan.watchForLeak(scheduler.schedule(() -> reportLeak(loan, waiter.origin), options.leakDetectionThreshold()));
      }
      long waited = loan.since() - waiter.since;
      counters.acquired(waited);
      if (!waiter.future.complete(loan)) {
        counters.acquireWithdrawn(waited);
        loan.abandon();
        act(state.returned(entry, System.nanoTime()));
      }
    });
  }

  private void reportLeak(PooledConnection loan, Throwable origin) {
    if (!loan.isClosed()) {
      counters.leaked();
      LOG.log(WARNING, "possible leak: " + loan + " borrowed more than " + options.leakDetectionThreshold().toMillis()
          + "ms ago (leakDetectionThreshold) and not returned; acquired at:", origin);
    }
  }

  /** Counts the timeout before failing the waiter, so that its callbacks see the count; withdraws it if the waiter was served first. */
  private void expire(Waiter waiter) {
    int[] counts = state.counts();
    counters.timedOut();
    if (!waiter.future.completeExceptionally(new PoolTimeoutException(options.acquireTimeout(), counts[0], Math.max(0, counts[2] - 1)))) {
      counters.timeoutWithdrawn();
    }
  }

  private void fail(Waiter waiter, Throwable failure) {
    handOffs.execute(() -> waiter.future.completeExceptionally(failure));
  }

  private void open(int count) {
    for (int i = 0; i < count; i++) {
      MySqlConnection.connect(connectOptions)
          .thenCompose(connection -> initialise(CompletableFuture.completedFuture(null), connection).handle((ignored, failure) -> {
            if (failure != null) {
              connection.close();
              throw failure instanceof CompletionException e ? e : new CompletionException(failure);
            }
            return connection;
          }))
          .whenComplete((connection, failure) -> {
            if (failure == null) {
              counters.created();
              act(state.opened(new PoolEntry(connection, System.nanoTime()), System.nanoTime()));
            } else {
              openFailed(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            }
          });
    }
  }

  /** Runs {@code initSql}, if any, after {@code before}. */
  private CompletableFuture<?> initialise(CompletableFuture<Void> before, MySqlConnection connection) {
    String initSql = options.initSql();
    return initSql == null ? before : before.thenCompose(ignored -> connection.query(initSql));
  }

  /** Fails the waiter the connection was opened for, with the cause, and schedules a retry. */
  private void openFailed(Throwable cause) {
    PoolState.OpenFailure failure = state.openFailed();
    long retryIn = failure.retryInNanos();
    LOG.log(WARNING, "cannot open a pooled connection: " + cause.getMessage() + (retryIn < 0 ? "" : "; retrying in " + retryIn / 1_000_000 + "ms"));
    if (failure.victim() != null) {
      fail(failure.victim(), cause);
    }
    if (retryIn >= 0) {
      scheduler.schedule(() -> open(state.retryDue()), Duration.ofNanos(retryIn));
    }
    if (failure.terminated()) {
      terminate();
    }
  }

  /**
   * Closes a retired entry's connection: politely ({@code COM_QUIT}) when it still works, at once when
   * it broke, since a goodbye could wait behind what broke it while the entry still counts against
   * {@code maxSize}. Its end may let a replacement open.
   */
  private void close(PoolEntry entry) {
    counters.closed();
    (entry.usable() ? entry.connection.close() : entry.connection.closeNow()).whenComplete((ignored, failure) -> act(state.closedOne()));
  }

  private void terminate() {
    scheduler.shutdown();
    terminated.complete(null);
  }

  /** Half the shortest of {@code idleTimeout} and {@code maxLifetime} (each when set), from 50ms to 30s. */
  private static Duration housekeepingPeriod(MySqlPoolOptions options) {
    long shortest = TimeUnit.SECONDS.toNanos(60);
    for (Duration limit : List.of(options.idleTimeout(), options.maxLifetime())) {
      if (!limit.isZero()) {
        shortest = Math.min(shortest, limit.toNanos());
      }
    }
    return Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(50), shortest / 2));
  }
}
