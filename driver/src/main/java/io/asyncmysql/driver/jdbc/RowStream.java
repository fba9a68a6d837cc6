package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.Row;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads a {@link Flow.Publisher} of rows from a blocking-style thread: asks for a batch of rows when
 * the previous one is used up, and parks the reader until the batch (or the end) arrives. Memory holds
 * at most one batch. The publisher's signals come from the event loop and never wait.
 */
final class RowStream implements Flow.Subscriber<Row> {
  private final JdbcConnection connection;
  private final int batchSize;
  private final long timeoutNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Row> buffer = new ArrayDeque<>();
  private Flow.Subscription subscription;
  private int pending;
  private boolean finished;
  private Throwable failure;
  private CompletableFuture<Void> arrival;

  /**
   * @param batchSize how many rows to ask for at a time
   * @param timeoutNanos how long to wait for a batch before the statement is cancelled; 0 for ever
   */
  RowStream(JdbcConnection connection, int batchSize, long timeoutNanos) {
    this.connection = connection;
    this.batchSize = batchSize;
    this.timeoutNanos = timeoutNanos;
  }

  /**
   * The next row, waiting for it when none is buffered; {@code null} at the end.
   *
   * @throws SQLException when the statement fails, times out (it is then cancelled), is
   *     cancelled, or the thread is interrupted
   */
  Row next() throws SQLException {
    while (true) {
      CompletableFuture<Void> wait = new CompletableFuture<>();
      Flow.Subscription toRequest = null;
      lock.lock();
      try {
        Row row = buffer.poll();
        if (row != null) {
          return row;
        }
        if (failure != null) {
          throw SqlExceptions.of(failure);
        }
        if (finished) {
          return null;
        }
        if (subscription != null && pending == 0) {
          pending = batchSize;
          toRequest = subscription;
        }
        arrival = wait;
      } finally {
        lock.unlock();
      }
      if (toRequest != null) {
        toRequest.request(batchSize);
      }
      try {
        connection.await(wait, timeoutNanos);
      } catch (SQLException e) {
        cancel();
        throw e;
      }
    }
  }

  /** Whether the statement still runs: rows are still to come and the stream was not cancelled. */
  boolean isRunning() {
    lock.lock();
    try {
      return !finished;
    } finally {
      lock.unlock();
    }
  }

  /** Stops the statement (the server kills it) unless it has finished; a waiting reader fails. */
  void cancel() {
    Flow.Subscription toCancel;
    lock.lock();
    try {
      if (finished) {
        return;
      }
      finished = true;
      failure = new CancellationException("the statement was cancelled");
      buffer.clear();
      toCancel = subscription;
    } finally {
      lock.unlock();
    }
    if (toCancel != null) {
      toCancel.cancel();
    }
    wake();
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    boolean cancelled;
    lock.lock();
    try {
      cancelled = finished;
      subscription = s;
    } finally {
      lock.unlock();
    }
    if (cancelled) {
      s.cancel();
    }
    wake();
  }

  @Override
  public void onNext(Row row) {
    boolean batchDone;
    lock.lock();
    try {
      if (finished) {
        return;
      }
      buffer.add(row);
      pending--;
      batchDone = pending == 0;
    } finally {
      lock.unlock();
    }
    if (batchDone) {
      wake();
    }
  }

  @Override
  public void onError(Throwable t) {
    finish(t);
  }

  @Override
  public void onComplete() {
    finish(null);
  }

  private void finish(Throwable t) {
    lock.lock();
    try {
      if (finished) {
        return;
      }
      finished = true;
      failure = t;
    } finally {
      lock.unlock();
    }
    wake();
  }

  /** Wakes the reader, completing its future outside the lock. */
  private void wake() {
    CompletableFuture<Void> waiting;
    lock.lock();
    try {
      waiting = arrival;
      arrival = null;
    } finally {
      lock.unlock();
    }
    if (waiting != null) {
      waiting.complete(null);
    }
  }
}
