package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * A stand-in for the pool in tests: a fixed set of connections lent one caller at a time, guarded by a
 * semaphore (taking one parks a virtual thread). Closing a lent connection gives it back.
 */
final class BoundedConnections implements Supplier<CompletableFuture<MySqlConnection>>, AutoCloseable {
  private final List<MySqlConnection> all = new ArrayList<>();
  private final ConcurrentLinkedQueue<MySqlConnection> idle = new ConcurrentLinkedQueue<>();
  private final Semaphore available;

  BoundedConnections(String url, int size) {
    for (int i = 0; i < size; i++) {
      MySqlConnection conn = MySqlConnection.connect(url).join();
      all.add(conn);
      idle.add(conn);
    }
    available = new Semaphore(size, true);
  }

  @Override
  public CompletableFuture<MySqlConnection> get() {
    available.acquireUninterruptibly();
    return CompletableFuture.completedFuture(new Lent(idle.remove()));
  }

  /** The connections, to inspect them directly. */
  List<MySqlConnection> connections() {
    return all;
  }

  @Override
  public void close() {
    all.forEach(conn -> conn.close().join());
  }

  /** A lent connection: every call goes to the real one, and close() gives it back once. */
  private final class Lent implements MySqlConnection {
    private final MySqlConnection conn;
    private boolean returned;

    Lent(MySqlConnection conn) {
      this.conn = conn;
    }

    @Override
    public CompletableFuture<RowSet> query(String sql) {
      return conn.query(sql);
    }

    @Override
    public CompletableFuture<RowSet> query(String sql, Object... parameters) {
      return conn.query(sql, parameters);
    }

    @Override
    public CompletableFuture<Void> ping() {
      return conn.ping();
    }

    @Override
    public CompletableFuture<Void> selectDatabase(String database) {
      return conn.selectDatabase(database);
    }

    @Override
    public CompletableFuture<Void> reset() {
      return conn.reset();
    }

    @Override
    public CompletableFuture<Void> begin() {
      return conn.begin();
    }

    @Override
    public CompletableFuture<Void> commit() {
      return conn.commit();
    }

    @Override
    public CompletableFuture<Void> rollback() {
      return conn.rollback();
    }

    @Override
    public boolean inTransaction() {
      return conn.inTransaction();
    }

    @Override
    public long connectionId() {
      return conn.connectionId();
    }

    @Override
    public String serverVersion() {
      return conn.serverVersion();
    }

    @Override
    public boolean isOpen() {
      return !returned && conn.isOpen();
    }

    @Override
    public CompletableFuture<Void> close() {
      if (!returned) {
        returned = true;
        idle.add(conn);
        available.release();
      }
      return CompletableFuture.completedFuture(null);
    }
  }
}
