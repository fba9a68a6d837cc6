package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.MySqlPoolOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pool's bookkeeping: idle entries (most recently used first), waiting borrowers (oldest first)
 * and the counts, behind one lock. Every method takes the lock for O(1) work (closing and the
 * periodic sweep excepted), changes the books and returns what the caller must do once the lock is
 * released: lend, open, retire. Nothing here waits, connects or completes a future.
 *
 * <p>{@code size} counts entries open or opening; {@code borrowed} those lent, being validated or
 * being cleaned on return; {@code closing} those whose close has not completed. Entries still
 * closing count against {@code maxSize}: a replacement opens once the connection it replaces is
 * closed, so the server never holds more than {@code maxSize} of the pool's sessions.
 */
final class PoolState {
  private static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final MySqlPoolOptions options;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<PoolEntry> idle = new ArrayDeque<>();
  private final LinkedHashSet<Waiter> waiters = new LinkedHashSet<>();
  private int size;
  private int opening;
  private int borrowed;
  private int closing;
  private int failedOpens;
  private boolean retryScheduled;
  private boolean closed;

  /** An idle entry for a waiter. */
  record Match(PoolEntry entry, Waiter waiter) {}

  /** What to do after a change: close {@code retire}, lend {@code matches}, open {@code open} connections. */
  record Actions(List<PoolEntry> retire, List<Match> matches, int open, boolean terminated) {}

  /** The outcome of a borrow: an idle {@code entry}, or queued, or refused; with the counts for messages. */
  record Borrow(PoolEntry entry, boolean queued, boolean closed, int inUse, int open) {}

  /** The outcome of a failed open: the waiter to fail, when to retry (negative: not now). */
  record OpenFailure(Waiter victim, long retryInNanos, boolean terminated) {}

  /** The outcome of closing the pool: the waiters to fail, the idle entries to close. */
  record Closing(List<Waiter> waiters, List<PoolEntry> idle, boolean terminated) {}

  PoolState(MySqlPoolOptions options) {
    this.options = options;
  }

  /** Lends an idle entry when nobody waits, else queues the waiter unless too many wait; either may call for connections. */
  Borrow borrow(Waiter waiter) {
    lock.lock();
    try {
      if (closed) {
        return new Borrow(null, false, true, borrowed, 0);
      }
      if (waiters.isEmpty() && !idle.isEmpty()) {
        borrowed++;
        PoolEntry entry = idle.pollFirst();
        return new Borrow(entry, false, false, borrowed, reserveLocked());
      }
      if (waiters.size() >= options.maxWaiters()) {
        return new Borrow(null, false, false, borrowed, 0);
      }
      waiters.add(waiter);
      return new Borrow(null, true, false, borrowed, reserveLocked());
    } finally {
      lock.unlock();
    }
  }

  /** A borrowed entry comes back usable: idle or lent to the next waiter, or retired if old or closed. */
  Actions returned(PoolEntry entry, long now) {
    lock.lock();
    try {
      borrowed--;
      if (closed || entry.outlived(now, options.maxLifetime())) {
        return retireLocked(List.of(entry));
      }
      entry.markIdle(now);
      idle.addFirst(entry);
      return actionsLocked(List.of());
    } finally {
      lock.unlock();
    }
  }

  /** A borrowed entry broke. */
  Actions discarded(PoolEntry entry) {
    lock.lock();
    try {
      borrowed--;
      return retireLocked(List.of(entry));
    } finally {
      lock.unlock();
    }
  }

  /** A waiter whose entry failed validation goes back to the head of the queue; refused (null) once closed. */
  Actions requeued(Waiter waiter) {
    lock.lock();
    try {
      if (closed) {
        return null;
      }
      if (!waiter.future.isDone()) {
        waiters.addFirst(waiter);
      }
      return actionsLocked(List.of());
    } finally {
      lock.unlock();
    }
  }

  /** A waiter gave up (timed out or cancelled). */
  void forget(Waiter waiter) {
    lock.lock();
    try {
      waiters.remove(waiter);
    } finally {
      lock.unlock();
    }
  }

  /** A connection opened. */
  Actions opened(PoolEntry entry, long now) {
    lock.lock();
    try {
      opening--;
      failedOpens = 0;
      borrowed++;
      return returned(entry, now);
    } finally {
      lock.unlock();
    }
  }

  /** A connection failed to open: the oldest waiter fails, and a retry is due after a growing pause. */
  OpenFailure openFailed() {
    lock.lock();
    try {
      opening--;
      size--;
      failedOpens++;
      Waiter victim = waiters.isEmpty() ? null : waiters.removeFirst();
      long retryIn = -1;
      if (!closed && !retryScheduled && neededLocked() > 0) {
        retryScheduled = true;
        retryIn = Math.min(MAX_BACKOFF_NANOS, MIN_BACKOFF_NANOS << Math.min(failedOpens - 1, 10));
      }
      return new OpenFailure(victim, retryIn, terminatedLocked());
    } finally {
      lock.unlock();
    }
  }

  /** The pause after a failed open is over: how many connections to open now. */
  int retryDue() {
    lock.lock();
    try {
      retryScheduled = false;
      return reserveLocked();
    } finally {
      lock.unlock();
    }
  }

  /** Retires idle entries that broke, outlived {@code maxLifetime} or idled out beyond {@code minIdle}; O(idle). */
  Actions sweep(long now) {
    lock.lock();
    try {
      List<PoolEntry> retired = new ArrayList<>();
      long idleTimeout = options.idleTimeout().toNanos();
      for (Iterator<PoolEntry> oldestFirst = idle.descendingIterator(); oldestFirst.hasNext(); ) {
        PoolEntry entry = oldestFirst.next();
        boolean idledOut = idleTimeout > 0 && entry.idleFor(now) >= idleTimeout && idle.size() > options.minIdle();
        if (idledOut || !entry.usable() || entry.outlived(now, options.maxLifetime())) {
          oldestFirst.remove();
          size--;
          closing++;
          retired.add(entry);
        }
      }
      return actionsLocked(retired);
    } finally {
      lock.unlock();
    }
  }

  /** Closes the pool once: every waiter and idle entry is handed back to be failed and closed; O(n). */
  Closing close() {
    lock.lock();
    try {
      if (closed) {
        return new Closing(List.of(), List.of(), terminatedLocked());
      }
      closed = true;
      List<Waiter> waiting = new ArrayList<>(waiters);
      List<PoolEntry> idleNow = new ArrayList<>(idle);
      waiters.clear();
      idle.clear();
      size -= idleNow.size();
      closing += idleNow.size();
      return new Closing(waiting, idleNow, terminatedLocked());
    } finally {
      lock.unlock();
    }
  }

  /** A retired entry's connection finished closing: room for a replacement, or the end of a closed pool. */
  Actions closedOne() {
    lock.lock();
    try {
      closing--;
      return actionsLocked(List.of());
    } finally {
      lock.unlock();
    }
  }

  /** How many connections to open now; counts them as opening. */
  int reserve() {
    lock.lock();
    try {
      return reserveLocked();
    } finally {
      lock.unlock();
    }
  }

  /** Active, idle and pending, read together. */
  int[] counts() {
    lock.lock();
    try {
      return new int[] {borrowed, idle.size(), waiters.size()};
    } finally {
      lock.unlock();
    }
  }

  private Actions retireLocked(List<PoolEntry> retire) {
    size -= retire.size();
    closing += retire.size();
    return actionsLocked(retire);
  }

  private Actions actionsLocked(List<PoolEntry> retire) {
    return new Actions(retire, matchLocked(), reserveLocked(), terminatedLocked());
  }

  /** Pairs idle entries with waiters, oldest waiter first; waiters that gave up are dropped. */
  private List<Match> matchLocked() {
    List<Match> matches = List.of();
    while (!idle.isEmpty() && !waiters.isEmpty()) {
      Waiter waiter = waiters.removeFirst();
      if (!waiter.future.isDone()) {
        if (matches.isEmpty()) {
          matches = new ArrayList<>(1);
        }
        matches.add(new Match(idle.pollFirst(), waiter));
        borrowed++;
      }
    }
    return matches;
  }

  private int reserveLocked() {
    int count = closed || retryScheduled ? 0 : neededLocked();
    if (count <= 0) {
      return 0;
    }
    size += count;
    opening += count;
    return count;
  }

  /** How many more connections the waiters and {@code minIdle} want, within {@code maxSize} of those open, opening or closing. */
  private int neededLocked() {
    int wanted = Math.max(waiters.size(), options.minIdle() - idle.size()) - opening;
    return Math.min(wanted, options.maxSize() - size - closing);
  }

  private boolean terminatedLocked() {
    return closed && size == 0 && closing == 0;
  }
}
