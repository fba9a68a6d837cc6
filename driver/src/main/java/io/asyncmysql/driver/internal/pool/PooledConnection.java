package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.BatchResult;
import io.asyncmysql.driver.IsolationLevel;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import io.asyncmysql.driver.internal.AbortableSubscription;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What a borrower holds: one loan of a pooled connection. It delegates every command, notes failures
 * that break the connection, and gives the connection back on {@link #close()} once the commands
 * already issued have completed. After {@code close()} every command, and {@code close()} again, fails
 * with an {@link IllegalStateException}; the next borrower of the same connection gets a new loan.
 */
final class PooledConnection implements MySqlConnection {
  private final PoolEntry entry;
  private final Allocator pool;
  private final long since;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean returned = new AtomicBoolean();
  private final CompletableFuture<Void> back = new CompletableFuture<>();
  private final Set<AbortableSubscription> streams = ConcurrentHashMap.newKeySet();
  private volatile ScheduledFuture<?> leakTimer;

  PooledConnection(PoolEntry entry, Allocator pool, long since) {
    this.entry = entry;
    this.pool = pool;
    this.since = since;
  }

  /** When the loan started, in {@link System#nanoTime()}. */
  long since() {
    return since;
  }

  /** Sets the timer that reports this loan as a leak. */
  void watchForLeak(ScheduledFuture<?> timer) {
    leakTimer = timer;
    if (timer != null && closed.get()) {
      timer.cancel(false);
    }
  }

  /** Whether the borrower closed this loan. */
  boolean isClosed() {
    return closed.get();
  }

  /** Ends a loan its borrower never saw (it gave up first); the caller gives the entry back. */
  void abandon() {
    closed.set(true);
    returned.set(true);
    stopLeakTimer();
  }

  @Override
  public CompletableFuture<RowSet> query(String sql) {
    return run(connection -> connection.query(sql));
  }

  @Override
  public CompletableFuture<RowSet> query(String sql, Object... parameters) {
    return run(connection -> connection.query(sql, parameters));
  }

  @Override
  public CompletableFuture<BatchResult> executeBatch(String sql, List<Object[]> rows) {
    return run(connection -> connection.executeBatch(sql, rows));
  }

  /**
   * Streams through the borrowed connection. Closing the loan aborts a stream still open: its
   * subscriber fails with an {@link IllegalStateException}, and the connection goes back once the
   * server stopped sending.
   */
  @Override
  public Flow.Publisher<Row> stream(String sql, Object... parameters) {
    return new LoanStream(this, entry.connection.stream(sql, parameters));
  }

  @Override
  public CompletableFuture<Void> ping() {
    return run(MySqlConnection::ping);
  }

  @Override
  public CompletableFuture<Void> changeUser(String user, String password, String database) {
    return run(connection -> connection.changeUser(user, password, database));
  }

  @Override
  public CompletableFuture<Void> begin(IsolationLevel isolation, boolean readOnly) {
    return run(connection -> connection.begin(isolation, readOnly));
  }

  @Override
  public CompletableFuture<Void> isolationLevel(IsolationLevel isolation) {
    return run(connection -> connection.isolationLevel(isolation));
  }

  @Override
  public CompletableFuture<Void> readOnly(boolean readOnly) {
    return run(connection -> connection.readOnly(readOnly));
  }

  @Override
  public CompletableFuture<Void> savepoint(String name) {
    return run(connection -> connection.savepoint(name));
  }

  @Override
  public CompletableFuture<Void> rollbackToSavepoint(String name) {
    return run(connection -> connection.rollbackToSavepoint(name));
  }

  @Override
  public CompletableFuture<Void> releaseSavepoint(String name) {
    return run(connection -> connection.releaseSavepoint(name));
  }

  @Override
  public CompletableFuture<Void> selectDatabase(String database) {
    return run(connection -> connection.selectDatabase(database));
  }

  @Override
  public CompletableFuture<Void> reset() {
    return run(MySqlConnection::reset);
  }

  @Override
  public CompletableFuture<Void> begin() {
    return run(MySqlConnection::begin);
  }

  @Override
  public CompletableFuture<Void> commit() {
    return run(MySqlConnection::commit);
  }

  @Override
  public CompletableFuture<Void> rollback() {
    return run(MySqlConnection::rollback);
  }

  /** False once closed. */
  @Override
  public boolean inTransaction() {
    return !closed.get() && entry.connection.inTransaction();
  }

  @Override
  public boolean noBackslashEscapes() {
    return entry.connection.noBackslashEscapes();
  }

  @Override
  public long connectionId() {
    return entry.connection.connectionId();
  }

  @Override
  public String serverVersion() {
    return entry.connection.serverVersion();
  }

  /** False once closed, even though the connection itself stays open in the pool. */
  @Override
  public boolean isOpen() {
    return !closed.get() && entry.connection.isOpen();
  }

  /**
   * Gives the connection back to the pool once the commands already issued have completed.
   *
   * @return a future that completes when the pool has it back; failed with an {@link
   *     IllegalStateException} when already closed
   */
  @Override
  public CompletableFuture<Void> close() {
    if (!closed.compareAndSet(false, true)) {
      return CompletableFuture.failedFuture(alreadyReturned("close()"));
    }
    streams.forEach(stream -> stream.abort(alreadyReturned("stream")));
    if (running.get() == 0) {
      giveBack();
    }
    return back;
  }

  /** Closes the pooled connection itself at once; the pool then discards it instead of lending it again. */
  @Override
  public CompletableFuture<Void> closeNow() {
    if (closed.get()) {
      return CompletableFuture.failedFuture(alreadyReturned("closeNow()"));
    }
    return entry.connection.closeNow().thenCompose(ignored -> close());
  }

  /**
   * Runs one command. The count of running commands goes up before the closed check and down after
   * completion, so {@link #close()} and the last completion agree on who gives the connection back.
   */
  private <T> CompletableFuture<T> run(Function<MySqlConnection, CompletableFuture<T>> command) {
    if (!enter()) {
      return CompletableFuture.failedFuture(alreadyReturned("a command"));
    }
    CompletableFuture<T> sent;
    try {
      sent = command.apply(entry.connection);
    } catch (RuntimeException e) {
      finished();
      throw e;
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    result.whenComplete((value, failure) -> {
      if (failure instanceof CancellationException) {
        sent.cancel(false);
      }
    });
    sent.whenComplete((value, failure) -> {
      if (failure != null) {
        entry.noteFailure(failure);
        result.completeExceptionally(failure);
      } else {
        result.complete(value);
      }
      finished();
    });
    return result;
  }

  /** Counts a command or stream as running, unless the loan is closed. */
  boolean enter() {
    running.incrementAndGet();
    if (closed.get()) {
      finished();
      return false;
    }
    return true;
  }

  /** Registers an open stream, for {@link #close()} to cancel. */
  void track(AbortableSubscription stream) {
    streams.add(stream);
  }

  /** A stream {@linkplain #enter() entered} ended: with {@code failure}, or {@code null} when it completed or was cancelled. */
  void streamEnded(AbortableSubscription stream, Throwable failure) {
    streams.remove(stream);
    if (failure != null) {
      entry.noteFailure(failure);
    }
    finished();
  }

  private void finished() {
    if (running.decrementAndGet() == 0 && closed.get()) {
      giveBack();
    }
  }

  private void giveBack() {
    if (returned.compareAndSet(false, true)) {
      stopLeakTimer();
      pool.release(entry, since).thenRun(() -> back.complete(null));
    }
  }

  private void stopLeakTimer() {
    ScheduledFuture<?> timer = leakTimer;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  IllegalStateException alreadyReturned(String what) {
    return new IllegalStateException(
        what + " on pooled connection " + connectionId() + ": already returned to the pool (expected: between acquire() and close())");
  }

  @Override
  public String toString() {
    return "PooledConnection[" + entry + (closed.get() ? ", returned" : "") + "]";
  }
}
