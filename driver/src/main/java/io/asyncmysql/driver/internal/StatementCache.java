package io.asyncmysql.driver.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The prepared statements of one connection, least recently used first out. Callers that ask for the
 * same SQL at once share one preparation. An evicted statement is handed to {@code onEvict} (which
 * closes it on the server) once its preparation completed.
 */
final class StatementCache {
  private final int capacity;
  private final Consumer<PreparedStatement> onEvict;
  private final ReentrantLock lock = new ReentrantLock();
  private final LinkedHashMap<String, CompletableFuture<PreparedStatement>> statements;

  StatementCache(int capacity, Consumer<PreparedStatement> onEvict) {
    this.capacity = capacity;
    this.onEvict = onEvict;
    this.statements = new LinkedHashMap<>(16, 0.75f, true);
  }

  /**
   * The statement for {@code sql}, prepared by {@code prepare} when it is not cached. With a capacity
   * of 0 nothing is cached, and the caller closes the statement after use.
   */
  CompletableFuture<PreparedStatement> get(String sql, Function<String, CompletableFuture<PreparedStatement>> prepare) {
    if (capacity == 0) {
      return prepare.apply(sql);
    }
    CompletableFuture<PreparedStatement> evicted = null;
    CompletableFuture<PreparedStatement> statement;
    lock.lock();
    try {
      statement = statements.get(sql);
      if (statement == null) {
        statement = prepare.apply(sql);
        statements.put(sql, statement);
        if (statements.size() > capacity) {
          Map.Entry<String, CompletableFuture<PreparedStatement>> eldest = statements.entrySet().iterator().next();
          evicted = eldest.getValue();
          statements.remove(eldest.getKey());
        }
      }
    } finally {
      lock.unlock();
    }
    CompletableFuture<PreparedStatement> prepared = statement;
    prepared.whenComplete((s, failure) -> {
      if (failure != null) {
        remove(sql, prepared);
      }
    });
    if (evicted != null) {
      evicted.thenAccept(onEvict);
    }
    return prepared;
  }

  /** Whether statements are cached and so must not be closed after use. */
  boolean caches() {
    return capacity > 0;
  }

  /** Forgets every statement without closing it: the server already has (after a session reset). */
  void clear() {
    lock.lock();
    try {
      statements.clear();
    } finally {
      lock.unlock();
    }
  }

  private void remove(String sql, CompletableFuture<PreparedStatement> statement) {
    lock.lock();
    try {
      statements.remove(sql, statement);
    } finally {
      lock.unlock();
    }
  }
}
