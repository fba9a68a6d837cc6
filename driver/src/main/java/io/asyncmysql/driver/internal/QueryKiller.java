package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlServerException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Kills the statement a connection is running by sending {@code KILL QUERY <id>} over a short-lived
 * side connection with the same options, the only way to interrupt a statement the server is
 * executing. The interrupted statement's own connection then receives an error for it and stays
 * usable.
 */
final class QueryKiller implements Supplier<CompletableFuture<Void>> {
  private static final System.Logger LOG = System.getLogger("io.asyncmysql.driver");
  private static final int ER_NO_SUCH_THREAD = 1094;

  private final MySqlConnectOptions options;
  private final ConnectionContext target;

  QueryKiller(MySqlConnectOptions options, ConnectionContext target) {
    this.options = options;
    this.target = target;
  }

  /**
   * Sends the kill; the future completes, never exceptionally, once the server has answered it or,
   * when the side connection hangs, after twice {@code connectTimeout}.
   */
  @Override
  public CompletableFuture<Void> get() {
    long id = target.connectionId();
    CompletableFuture<MySqlConnection> side = MySqlConnection.connect(options.toBuilder().queryTimeout(null).preparedStatementCacheSize(0).build());
    return side
        .thenCompose(connection -> connection.query("KILL QUERY " + id).whenComplete((rows, failure) -> connection.close()))
        .orTimeout(options.connectTimeout().toNanos() * 2, TimeUnit.NANOSECONDS)
        .handle((rows, failure) -> {
          if (failure != null) {
            LOG.log(goneMeanwhile(failure) ? Level.DEBUG : Level.WARNING, "cannot kill the query of connection " + id + ": " + failure);
            side.thenAccept(MySqlConnection::closeNow);
          }
          return null;
        });
  }

  /** Whether the server no longer knows the connection: it was closed while the kill was on its way, and nothing runs. */
  private static boolean goneMeanwhile(Throwable failure) {
    return Errors.unwrap(failure) instanceof MySqlServerException e && e.errorCode() == ER_NO_SUCH_THREAD;
  }
}
