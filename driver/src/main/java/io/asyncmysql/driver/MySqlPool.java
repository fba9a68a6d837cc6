package io.asyncmysql.driver;

import io.asyncmysql.driver.internal.pool.ConnectionPool;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A pool of {@link MySqlConnection}s to one server. Every operation returns a {@link
 * CompletableFuture} at once; waiting for a free connection never blocks a thread.
 *
 * <p>Callers waiting for a connection are served first come, first served. A borrowed connection is
 * given back by its {@link MySqlConnection#close()}: an open transaction is rolled back, and a broken
 * connection is replaced. Using it after that fails with an {@link IllegalStateException}.
 *
 * <p>Futures complete on a connection's event loop, on the pool's housekeeping thread or on the
 * thread that gave a connection back: callbacks must not block.
 *
 * <pre>{@code
 * MySqlPool pool = MySqlPool.create("mysql://app:secret@127.0.0.1:3306/shop?maxSize=16");
 * RowSet rows = pool.query("SELECT name FROM product WHERE id = ?", 42).join();
 * long updated = pool.withTransaction(tx -> tx.query("UPDATE stock SET n = n - 1 WHERE id = ?", 7)
 *     .thenApply(RowSet::affectedRows)).join();
 * pool.close().join();
 * }</pre>
 */
public interface MySqlPool {
  /**
   * Creates a pool from a URL that holds both the connection's parameters (see {@link
   * MySqlConnectOptions#parse(String)}) and the pool's (see {@link MySqlPoolOptions}), e.g. {@code
   * mysql://app:secret@db:3306/shop?sslMode=REQUIRED&maxSize=16&acquireTimeout=5s}.
   *
   * @param url the URL
   * @return a pool that opens its first connections in the background when {@code minIdle > 0}
   * @throws IllegalArgumentException if the URL is malformed, names an unknown parameter or has a bad value
   */
  static MySqlPool create(String url) {
    MySqlConnectOptions.Builder connect = MySqlConnectOptions.builder();
    MySqlPoolOptions.Builder pool = MySqlPoolOptions.builder();
    Map<String, String> unknown = PoolParameters.apply(ConnectParameters.apply(ConnectionUrl.parse(url), connect), pool);
    ConnectParameters.rejectUnknown(unknown, PoolParameters.names());
    return create(connect.build(), pool.build());
  }

  /**
   * Creates a pool.
   *
   * @param connectOptions how each connection connects
   * @param poolOptions how many connections the pool keeps, and for how long
   * @return a pool that opens its first connections in the background when {@code minIdle > 0}
   */
  static MySqlPool create(MySqlConnectOptions connectOptions, MySqlPoolOptions poolOptions) {
    return ConnectionPool.create(connectOptions, poolOptions);
  }

  /**
   * Borrows a connection; its {@link MySqlConnection#close()} gives it back. Fails with {@link
   * PoolExhaustedException} at once when {@code maxWaiters} callers are already waiting, with {@link
   * PoolTimeoutException} after {@code acquireTimeout}, with {@link PoolClosedException} once the pool
   * is closed, or with the connect failure when the connection opened for this caller fails.
   * Cancelling the future gives up the place in the queue.
   */
  CompletableFuture<MySqlConnection> acquire();

  /** Borrows a connection, runs a text query on it, and gives it back. */
  CompletableFuture<RowSet> query(String sql);

  /**
   * Borrows a connection, runs a prepared query on it, and gives it back.
   *
   * @param sql a statement with one {@code ?} per parameter
   * @param parameters the values, as {@link MySqlConnection#query(String, Object...)} takes them
   */
  CompletableFuture<RowSet> query(String sql, Object... parameters);

  /**
   * Borrows a connection, runs a batch on it, and gives it back.
   *
   * @param sql a statement with one {@code ?} per parameter
   * @param rows the parameters of each run, as {@link MySqlConnection#executeBatch} takes them
   */
  CompletableFuture<BatchResult> executeBatch(String sql, List<Object[]> rows);

  /**
   * Borrows a connection, runs {@code work} with it and gives it back when the work's future
   * completes, whatever its outcome.
   *
   * @param work what to do with the connection; it must not keep the connection
   * @return the work's result, completed after the connection is back
   */
  <T> CompletableFuture<T> withConnection(Function<? super MySqlConnection, ? extends CompletionStage<T>> work);

  /**
   * Like {@link #withConnection}, inside a transaction: commits when the work succeeds, rolls back
   * when it fails (or throws) and fails with the work's failure.
   *
   * @param work what to do in the transaction
   * @return the work's result once committed
   */
  <T> CompletableFuture<T> withTransaction(Function<? super MySqlConnection, ? extends CompletionStage<T>> work);

  /** A snapshot of the pool's counters and timings. */
  PoolMetrics metrics();

  /**
   * A {@code javax.sql.DataSource} over this pool, for JDBC code on virtual threads: {@code
   * getConnection()} borrows (parking a virtual thread while it waits) and the JDBC connection's
   * {@code close()} gives the connection back. The same instance on every call.
   */
  DataSource dataSource();

  /**
   * Closes the pool: new borrows fail with {@link PoolClosedException}, and so do the callers waiting
   * now; idle connections are closed at once and borrowed ones when they come back.
   *
   * @return a future that completes when every connection is closed; the same future on every call
   */
  CompletableFuture<Void> close();
}
