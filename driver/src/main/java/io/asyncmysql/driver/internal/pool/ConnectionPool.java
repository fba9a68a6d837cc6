package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.BatchResult;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.driver.MySqlPoolOptions;
import io.asyncmysql.driver.PoolMetrics;
import io.asyncmysql.driver.RowSet;
import io.asyncmysql.driver.jdbc.AsyncMySqlDataSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javax.sql.DataSource;

/** A {@link MySqlPool}: borrowing is the {@link Allocator}'s; this class composes borrow, work and return. */
public final class ConnectionPool implements MySqlPool {
  private final Allocator allocator;
  private final MySqlPoolOptions options;
  private final DataSource dataSource;

  private ConnectionPool(Allocator allocator, MySqlPoolOptions options) {
    this.allocator = allocator;
    this.options = options;
    this.dataSource = new AsyncMySqlDataSource(this::acquire);
  }

  /**
   * Creates a pool and opens its {@code minIdle} connections in the background.
   *
   * @param connectOptions how each connection connects
   * @param poolOptions the pool's sizes and timeouts
   * @return the pool
   */
  public static MySqlPool create(MySqlConnectOptions connectOptions, MySqlPoolOptions poolOptions) {
    Objects.requireNonNull(connectOptions, "connectOptions");
    Objects.requireNonNull(poolOptions, "poolOptions");
    Allocator allocator = new Allocator(connectOptions, poolOptions);
    allocator.start();
    return new ConnectionPool(allocator, poolOptions);
  }

  @Override
  public CompletableFuture<MySqlConnection> acquire() {
    return allocator.acquire();
  }

  @Override
  public CompletableFuture<RowSet> query(String sql) {
    Objects.requireNonNull(sql, "sql");
    return withConnection(connection -> connection.query(sql));
  }

  @Override
  public CompletableFuture<RowSet> query(String sql, Object... parameters) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(parameters, "parameters");
    return withConnection(connection -> connection.query(sql, parameters));
  }

  @Override
  public CompletableFuture<BatchResult> executeBatch(String sql, List<Object[]> rows) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(rows, "rows");
    return withConnection(connection -> connection.executeBatch(sql, rows));
  }

  @Override
  public <T> CompletableFuture<T> withConnection(Function<? super MySqlConnection, ? extends CompletionStage<T>> work) {
    Objects.requireNonNull(work, "work");
    return acquire().thenCompose(connection -> {
      CompletableFuture<T> outcome = new CompletableFuture<>();
      run(work, connection).whenComplete((result, failure) -> connection.close().whenComplete((ignored, notReturned) -> {
        if (failure != null) {
          outcome.completeExceptionally(failure);
        } else {
          outcome.complete(result);
        }
      }));
      return outcome;
    });
  }

  @Override
  public <T> CompletableFuture<T> withTransaction(Function<? super MySqlConnection, ? extends CompletionStage<T>> work) {
    Objects.requireNonNull(work, "work");
    return withConnection(connection -> connection.begin().thenCompose(begun -> run(work, connection)).handle((result, failure) -> {
      if (failure == null) {
        return connection.commit().thenApply(committed -> result);
      }
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      return connection.rollback().handle((ignored, rollbackFailure) -> {
        if (rollbackFailure != null) {
          cause.addSuppressed(rollbackFailure);
        }
        return CompletableFuture.<T>failedFuture(cause);
      }).thenCompose(Function.identity());
    }).thenCompose(Function.identity()));
  }

  /** Runs the work; a throw or a null stage becomes a failed future. */
  private static <T> CompletableFuture<T> run(Function<? super MySqlConnection, ? extends CompletionStage<T>> work, MySqlConnection connection) {
    try {
      CompletionStage<T> stage = work.apply(connection);
      if (stage == null) {
        return CompletableFuture.failedFuture(new NullPointerException("work: returned null (expected: a CompletionStage)"));
      }
      return stage.toCompletableFuture();
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public PoolMetrics metrics() {
    return allocator.metrics();
  }

  @Override
  public CompletableFuture<Void> close() {
    return allocator.close();
  }

  /** Runs housekeeping now rather than at its next period: for tests. */
  void housekeep() {
    allocator.housekeep();
  }

  @Override
  public String toString() {
    PoolMetrics metrics = metrics();
    return "MySqlPool[active=" + metrics.active() + ", idle=" + metrics.idle() + ", pending=" + metrics.pending() + ", " + options + "]";
  }
}
