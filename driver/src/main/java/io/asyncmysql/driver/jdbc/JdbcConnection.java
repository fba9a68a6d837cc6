package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.MySqlConnection;
import java.lang.System.Logger.Level;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A {@link Connection} over a {@link MySqlConnection}: each method issues the Future API call and
 * waits with {@link VirtualThreads#await}. {@link #close()} puts back the session settings it changed
 * and closes the async connection (which a pool takes back).
 */
final class JdbcConnection implements Connection {
  private static final System.Logger LOG = System.getLogger(JdbcConnection.class.getName());

  private final MySqlConnection conn;
  private final String url;
  private final SessionState session;
  private final Transactions transactions;
  private final Properties clientInfo = new Properties();
  /** Counts the commands issued, so that a statement knows whether {@code SHOW WARNINGS} still shows its warnings. */
  private final AtomicLong commands = new AtomicLong();
  private volatile boolean closed;
  private volatile long networkTimeoutNanos;
  private volatile RowStream stream;

  private JdbcConnection(MySqlConnection conn, String url) {
    this.conn = conn;
    this.url = url;
    this.session = new SessionState(this, conn);
    this.transactions = new Transactions(this, conn);
  }

  /**
   * Opens a JDBC connection over the connection a stage brings, waiting at most {@code timeoutSeconds}
   * (0: no limit); a connection that arrives after the timeout is closed.
   *
   * @param url the URL it was opened with, or {@code null}
   */
  static JdbcConnection open(CompletionStage<MySqlConnection> opening, int timeoutSeconds, String url) throws SQLException {
    CompletableFuture<MySqlConnection> future = opening.toCompletableFuture();
    try {
      return new JdbcConnection(VirtualThreads.await(future, TimeUnit.SECONDS.toNanos(timeoutSeconds)), url);
    } catch (SQLTimeoutException e) {
      future.thenAccept(MySqlConnection::close);
      throw e;
    } catch (SQLException e) {
      throw SqlExceptions.establishing(e);
    }
  }

  /**
   * The async connection, after checking that this one is open and not busy streaming (a command
   * would wait for the stream, whose reader would wait for the command); counts a command.
   */
  MySqlConnection async() throws SQLException {
    checkOpen();
    RowStream open = stream;
    if (open != null && open.isRunning()) {
      throw new SQLException(
          "connection: a streaming result set is still open (expected: read it to the end or close it first)", "HY010");
    }
    commands.incrementAndGet();
    return conn;
  }

  /** Whether the session reads backslashes in literals as ordinary characters ({@code NO_BACKSLASH_ESCAPES}). */
  boolean noBackslashEscapes() throws SQLException {
    checkOpen();
    return conn.noBackslashEscapes();
  }

  /** The number of commands issued so far. */
  long commandCount() {
    return commands.get();
  }

  /** Waits for a command under the network timeout. */
  <T> T await(CompletionStage<T> stage) throws SQLException {
    return await(stage, 0);
  }

  /**
   * Waits for a command under the shorter of a statement's query timeout and the network timeout.
   * When the query timeout elapses the command is cancelled (the server kills it) and the connection
   * goes on; when the network timeout elapses the connection is closed, as JDBC requires.
   *
   * @param queryTimeoutNanos the statement's timeout, 0 for none
   */
  <T> T await(CompletionStage<T> stage, long queryTimeoutNanos) throws SQLException {
    long network = networkTimeoutNanos;
    boolean networkFirst = network > 0 && (queryTimeoutNanos == 0 || network <= queryTimeoutNanos);
    try {
      return VirtualThreads.await(stage, networkFirst ? network : queryTimeoutNanos);
    } catch (SQLTimeoutException e) {
      if (!(e.getCause() instanceof TimeoutException)) {
        throw e;
      }
      if (networkFirst) {
        closed = true;
        conn.closeNow();
        throw new SQLNonTransientConnectionException(
            "network timeout: " + TimeUnit.NANOSECONDS.toMillis(network) + " ms elapsed; the connection is closed", "08006", e);
      }
      CompletableFuture<T> future = stage.toCompletableFuture();
      if (!future.cancel(false)) {
        return VirtualThreads.await(future);
      }
      throw new SQLTimeoutException(
          "query timeout: " + TimeUnit.NANOSECONDS.toSeconds(queryTimeoutNanos) + " s elapsed; the statement was killed", "HYT00", e);
    }
  }

  /** Remembers the stream now running, which {@link #async()} waits for and {@link #close()} cancels. */
  void streaming(RowStream running) {
    stream = running;
  }

  SessionState session() {
    return session;
  }

  String url() {
    return url;
  }

  @Override
  public Statement createStatement() throws SQLException {
    checkOpen();
    return new JdbcStatement(this);
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
    return createStatement(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    ResultSetKinds.check(resultSetType, resultSetConcurrency, resultSetHoldability);
    return createStatement();
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepareStatement(sql, false);
  }

  private PreparedStatement prepareStatement(String sql, boolean returnsGeneratedKeys) throws SQLException {
    checkOpen();
    return new JdbcPreparedStatement(this, Objects.requireNonNull(sql, "sql"), returnsGeneratedKeys);
  }

  /**
   * Generated keys come from the last insert id, so a single execution has them either way; a batch
   * has one per row only with {@code RETURN_GENERATED_KEYS}, since without it an {@code INSERT}'s
   * rows may be folded into fewer statements.
   */
  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    if (autoGeneratedKeys != Statement.RETURN_GENERATED_KEYS && autoGeneratedKeys != Statement.NO_GENERATED_KEYS) {
      throw new SQLException("autoGeneratedKeys: " + autoGeneratedKeys + " (expected: RETURN_GENERATED_KEYS or NO_GENERATED_KEYS)");
    }
    return prepareStatement(sql, autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    return prepareStatement(sql, true);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    return prepareStatement(sql, true);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    return prepareStatement(sql, resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    ResultSetKinds.check(resultSetType, resultSetConcurrency, resultSetHoldability);
    return prepareStatement(sql);
  }

  /** A {@link JdbcCallableStatement}: OUT parameters through user variables. */
  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    checkOpen();
    return JdbcCallableStatement.of(this, Objects.requireNonNull(sql, "sql"));
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    return prepareCall(sql, resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    ResultSetKinds.check(resultSetType, resultSetConcurrency, resultSetHoldability);
    return prepareCall(sql);
  }

  /** No escape processing: the SQL goes to the server as it is; MySQL itself reads {d}, {t}, {ts} and {oj}. */
  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    return sql;
  }

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    session.autoCommit(autoCommit);
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return session.autoCommit();
  }

  @Override
  public void commit() throws SQLException {
    transactions.commit();
  }

  @Override
  public void rollback() throws SQLException {
    transactions.rollback();
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    return transactions.setSavepoint(null);
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    if (name == null || name.isEmpty()) {
      throw new SQLException("savepoint name: " + (name == null ? "null" : "''") + " (expected: a name)");
    }
    return transactions.setSavepoint(name);
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    transactions.rollback(savepoint);
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    transactions.release(savepoint);
  }

  /**
   * Puts back the session settings this connection changed (rolling back an open transaction), then
   * closes the async connection; waits until both are done. The steps are queued behind whatever the
   * connection still runs and go on when the thread is interrupted. When the session cannot be put
   * back the failure is logged and the connection closed at once: a pool discards it rather than lend
   * a session in an unknown state.
   */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    RowStream open = stream;
    if (open != null) {
      open.cancel();
    }
    CompletableFuture<Void> restored;
    try {
      restored = session.restore();
    } catch (SQLException e) {
      restored = CompletableFuture.failedFuture(e);
    }
    VirtualThreads.await(restored.handle((ignored, failure) -> {
      if (failure == null) {
        return conn.close();
      }
      LOG.log(Level.DEBUG, "discarding " + conn + ": its session cannot be restored", failure);
      return conn.closeNow();
    }).thenCompose(Function.identity()));
  }

  @Override
  public boolean isClosed() {
    return closed || !conn.isOpen();
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    return new JdbcDatabaseMetaData(this, conn);
  }

  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
    session.readOnly(readOnly);
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return session.readOnly();
  }

  /** Makes {@code catalog} the default database ({@code COM_INIT_DB}). */
  @Override
  public void setCatalog(String catalog) throws SQLException {
    checkOpen();
    session.database(catalog);
  }

  /** The default database, or {@code null}. */
  @Override
  public String getCatalog() throws SQLException {
    checkOpen();
    return session.database();
  }

  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    checkOpen();
    session.isolation(level);
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return session.isolation();
  }

  /** Connection-level warnings: none are raised. */
  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return Map.of();
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw new SQLFeatureNotSupportedException("type maps (user-defined types) are not supported");
    }
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    checkOpen();
    ResultSetKinds.check(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, holdability);
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public Clob createClob() throws SQLException {
    throw new SQLFeatureNotSupportedException("createClob is not supported yet (expected: setString or setCharacterStream)");
  }

  @Override
  public Blob createBlob() throws SQLException {
    throw new SQLFeatureNotSupportedException("createBlob is not supported yet (expected: setBytes or setBinaryStream)");
  }

  @Override
  public NClob createNClob() throws SQLException {
    throw new SQLFeatureNotSupportedException("createNClob is not supported yet (expected: setString or setCharacterStream)");
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    throw new SQLFeatureNotSupportedException("createSQLXML: MySQL has no XML type (expected: setString)");
  }

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    throw new SQLFeatureNotSupportedException("createArrayOf: MySQL has no ARRAY type");
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    throw new SQLFeatureNotSupportedException("createStruct: MySQL has no structured types");
  }

  /** Pings the server, waiting at most {@code timeout} seconds (0: no limit). */
  @Override
  public boolean isValid(int timeout) throws SQLException {
    if (timeout < 0) {
      throw new SQLException("timeout: " + timeout + " (expected: >= 0 seconds)");
    }
    if (isClosed()) {
      return false;
    }
    try {
      VirtualThreads.await(conn.ping(), TimeUnit.SECONDS.toNanos(timeout));
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Client info is kept in this object only; nothing is sent to the server. */
  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (closed) {
      throw new SQLClientInfoException("connection: closed (expected: open)", Map.of());
    }
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    if (closed) {
      throw new SQLClientInfoException("connection: closed (expected: open)", Map.of());
    }
    clientInfo.clear();
    clientInfo.putAll(properties);
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    return clientInfo.getProperty(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  /** MySQL's catalog is the database; the schema is the same. */
  @Override
  public void setSchema(String schema) throws SQLException {
    setCatalog(schema);
  }

  @Override
  public String getSchema() throws SQLException {
    return getCatalog();
  }

  /** Closes the async connection at once, without restoring the session; a pool discards it. */
  @Override
  public void abort(Executor executor) throws SQLException {
    Objects.requireNonNull(executor, "executor");
    closed = true;
    conn.closeNow();
  }

  /** Every wait on this connection gives up after {@code milliseconds} (0: never), closing the connection. */
  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    checkOpen();
    if (milliseconds < 0) {
      throw new SQLException("network timeout: " + milliseconds + " (expected: >= 0 milliseconds)");
    }
    networkTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(milliseconds);
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return (int) TimeUnit.NANOSECONDS.toMillis(networkTimeoutNanos);
  }

  /** Unwraps to the {@link MySqlConnection} underneath, among others. */
  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(iface, this, conn);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return Wrappers.isWrapperFor(iface, this, conn);
  }

  void checkOpen() throws SQLException {
    if (isClosed()) {
      throw new SQLNonTransientConnectionException("connection: closed (expected: open)", "08003");
    }
  }

  @Override
  public String toString() {
    return "JdbcConnection[" + conn + "]";
  }
}
