package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlConnection;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over any source of {@link MySqlConnection}s: a pool's {@code acquire()}, or
 * {@link #connecting(MySqlConnectOptions) a new connection each time}. {@link Connection#close()}
 * puts back the session settings the JDBC code changed and then closes the {@code MySqlConnection},
 * which for a pool gives it back.
 *
 * <pre>{@code
 * DataSource ds = new AsyncMySqlDataSource(pool::acquire);
 * JdbcTemplate jdbc = new JdbcTemplate(ds);            // run it on virtual threads
 * }</pre>
 */
public final class AsyncMySqlDataSource implements DataSource {
  private final Supplier<? extends CompletionStage<MySqlConnection>> source;
  private volatile int loginTimeoutSeconds;
  private volatile PrintWriter logWriter;

  /**
   * Creates a data source over a source of connections.
   *
   * @param source called once per {@link #getConnection()}; its stage completes with a connection for
   *     the caller alone, which the caller closes
   */
  public AsyncMySqlDataSource(Supplier<? extends CompletionStage<MySqlConnection>> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A data source that opens a new connection for every {@link #getConnection()}; close() closes it. */
  public static AsyncMySqlDataSource connecting(MySqlConnectOptions options) {
    Objects.requireNonNull(options, "options");
    return new AsyncMySqlDataSource(() -> MySqlConnection.connect(options));
  }

  /**
   * Takes a connection from the source, waiting at most the {@linkplain #setLoginTimeout login
   * timeout}; a connection that arrives after it is closed.
   */
  @Override
  public Connection getConnection() throws SQLException {
    CompletionStage<MySqlConnection> taking;
    try {
      taking = source.get();
    } catch (RuntimeException e) {
      throw SqlExceptions.of(e);
    }
    return JdbcConnection.open(taking, loginTimeoutSeconds, null);
  }

  /** Unsupported: the source decides the account. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException(
        "getConnection(user, password): the connection source decides the account (expected: getConnection())");
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  /** Kept for {@link #getLogWriter()}; the driver logs through {@link System.Logger}. */
  @Override
  public void setLogWriter(PrintWriter out) {
    logWriter = out;
  }

  /** How long {@link #getConnection()} waits for the source, in seconds; 0 waits without limit. */
  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    if (seconds < 0) {
      throw new SQLException("login timeout: " + seconds + " (expected: >= 0 seconds)");
    }
    loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("getParentLogger: the driver logs through System.Logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(iface, this);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return Wrappers.isWrapperFor(iface, this);
  }
}
