package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.BatchException;
import io.asyncmysql.driver.BatchResult;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Statement} over the text protocol, and the result handling {@link JdbcPreparedStatement}
 * shares: multiple results, update counts, generated keys, warnings, pipelined batches, streaming.
 *
 * <p>{@linkplain #setQueryTimeout The query timeout} and {@link #cancel()} stop the running statement:
 * the server kills it and the connection goes on. With {@linkplain #setFetchSize a fetch size},
 * {@code executeQuery} streams its rows instead of reading them whole.
 */
class JdbcStatement implements Statement {
  private static final int STREAM_BATCH = 256;
  final JdbcConnection connection;
  private final List<String> batch = new ArrayList<>();
  private final StatementWarnings warnings;
  private boolean closed;
  private boolean closeOnCompletion;
  private boolean poolable;
  private int maxRows;
  private int fetchSize;
  private int queryTimeoutSeconds;
  private volatile Runnable running;
  private List<RowSet> executed = List.of();
  private RowSet current;
  private JdbcResultSet currentResultSet;

  JdbcStatement(JdbcConnection connection) {
    this.connection = connection;
    this.warnings = new StatementWarnings(connection);
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    checkOpen();
    Objects.requireNonNull(sql, "sql");
    if (streams()) {
      return stream(connection.async().stream(sql));
    }
    execute(sql);
    return resultSetOrFail("executeQuery");
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    return Math.toIntExact(executeLargeUpdate(sql));
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    execute(sql);
    return updateCountOrFail("executeUpdate");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    checkOpen();
    Objects.requireNonNull(sql, "sql");
    return run(connection.async().query(sql));
  }

  /** Waits for a statement's results and makes the first one current; true when it is a result set. */
  final boolean run(CompletableFuture<RowSet> result) throws SQLException {
    closeCurrentResultSet();
    executed = List.of();
    current = null;
    running = () -> result.cancel(false);
    RowSet rows;
    try {
      rows = connection.await(result, queryTimeoutNanos());
    } finally {
      running = null;
    }
    executed = List.of(rows);
    warnings.executed(rows.warnings());
    return makeCurrent(rows);
  }

  /**
   * Issues every statement of a batch before waiting for the first (one pipelined round trip), then
   * collects the update counts in order. A statement that fails does not stop the others, which the
   * server runs anyway: its count is {@link #EXECUTE_FAILED} and a {@link BatchUpdateException}
   * carrying every count follows.
   */
  final long[] runBatch(List<CompletableFuture<RowSet>> issued) throws SQLException {
    closeCurrentResultSet();
    current = null;
    long[] counts = new long[issued.size()];
    List<RowSet> results = new ArrayList<>(issued.size());
    SQLException failure = null;
    int warningCount = 0;
    running = () -> issued.forEach(future -> future.cancel(false));
    for (int i = 0; i < counts.length; i++) {
      try {
        RowSet rows = connection.await(issued.get(i), queryTimeoutNanos());
        if (!rows.columns().isEmpty()) {
          throw new SQLException("batch statement " + (i + 1) + ": returned a result set (expected: an update count)", "21000");
        }
        counts[i] = rows.affectedRows();
        warningCount += rows.warnings();
        results.add(rows);
      } catch (SQLException e) {
        counts[i] = EXECUTE_FAILED;
        failure = failure == null ? e : failure;
      }
    }
    running = null;
    executed = results;
    warnings.executed(warningCount);
    if (failure != null) {
      throw new BatchUpdateException(failure.getMessage(), failure.getSQLState(), failure.getErrorCode(), counts, failure);
    }
    return counts;
  }

  /**
   * Awaits a batch the connection runs as a whole ({@code MySqlConnection.executeBatch}) and returns
   * its counts; when rows failed, a {@link BatchUpdateException} carrying every count follows, with
   * the SQLSTATE and code of the first failure.
   */
  final long[] awaitBatch(CompletableFuture<BatchResult> batch) throws SQLException {
    closeCurrentResultSet();
    current = null;
    executed = List.of();
    running = () -> batch.cancel(false);
    try {
      BatchResult result = connection.await(batch, queryTimeoutNanos());
      warnings.executed(result.warnings());
      return result.updateCounts();
    } catch (SQLException e) {
      if (!(e.getCause() instanceof BatchException failed)) {
        throw e;
      }
      SQLException first = SqlExceptions.of(failed.getCause());
      warnings.executed(failed.result().warnings());
      throw new BatchUpdateException(first.getMessage(), first.getSQLState(), first.getErrorCode(), failed.result().updateCounts(), first);
    } finally {
      running = null;
    }
  }

  /** Whether {@code executeQuery} streams: a fetch size is set. */
  final boolean streams() {
    return fetchSize != 0;
  }

  /**
   * Streams a statement's rows into the current result set, {@linkplain #setFetchSize a fetch size}
   * at a time; waits for the first row, so that a failing statement fails here.
   */
  final ResultSet stream(Flow.Publisher<Row> rows) throws SQLException {
    closeCurrentResultSet();
    executed = List.of();
    current = null;
    RowStream stream = new RowStream(connection, fetchSize == Integer.MIN_VALUE ? STREAM_BATCH : fetchSize, queryTimeoutNanos());
    running = stream::cancel;
    connection.streaming(stream);
    currentResultSet = new JdbcResultSet(this, StreamedRows.open(rows, stream, maxRows));
    return currentResultSet;
  }

  private boolean makeCurrent(RowSet rows) {
    current = rows;
    currentResultSet = null;
    return rows != null && !rows.columns().isEmpty();
  }

  /**
   * The result just executed as a result set, or a failure when it has none. Whether the connection
   * is still open is not checked again: a result already read is the caller's even when the
   * connection ended right after it.
   */
  final ResultSet resultSetOrFail(String method) throws SQLException {
    ResultSet rs = currentResultSet();
    if (rs == null) {
      throw new SQLException(method + ": the statement returned no result set (expected: a query; use executeUpdate)", "02000");
    }
    return rs;
  }

  /** The update count just executed, or a failure when it returned rows; like {@link #resultSetOrFail}, without an open check. */
  final long updateCountOrFail(String method) throws SQLException {
    long count = currentUpdateCount();
    if (count < 0) {
      throw new SQLException(
          method + ": the statement returned a result set (expected: INSERT, UPDATE, DELETE or DDL; use executeQuery)", "21000");
    }
    return count;
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    checkOpen();
    return currentResultSet();
  }

  private ResultSet currentResultSet() throws SQLException {
    if (currentResultSet != null) {
      return currentResultSet;
    }
    if (current == null || current.columns().isEmpty()) {
      return null;
    }
    if (currentResultSet == null) {
      currentResultSet = new JdbcResultSet(this, current.columns(), rowsOf(current));
    }
    return currentResultSet;
  }

  @Override
  public int getUpdateCount() throws SQLException {
    return (int) Math.min(Integer.MAX_VALUE, getLargeUpdateCount());
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    checkOpen();
    return currentUpdateCount();
  }

  private long currentUpdateCount() {
    return current == null || !current.columns().isEmpty() ? -1 : current.affectedRows();
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    return getMoreResults(CLOSE_CURRENT_RESULT);
  }

  @Override
  public boolean getMoreResults(int currentResults) throws SQLException {
    checkOpen();
    if (currentResults != KEEP_CURRENT_RESULT) {
      closeCurrentResultSet();
    }
    return makeCurrent(current == null ? null : current.next());
  }

  /** The keys of the rows the last execution inserted: one column {@code GENERATED_KEY}, see {@link GeneratedKeys}. */
  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    checkOpen();
    return GeneratedKeys.of(this, executed);
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    checkOpen();
    batch.add(Objects.requireNonNull(sql, "sql"));
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    return toInts(executeLargeBatch());
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    List<CompletableFuture<RowSet>> issued = new ArrayList<>(batch.size());
    for (String sql : batch) {
      issued.add(connection.async().query(sql));
    }
    batch.clear();
    return runBatch(issued);
  }

  static int[] toInts(long[] counts) {
    int[] ints = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      ints[i] = (int) Math.min(Integer.MAX_VALUE, counts[i]);
    }
    return ints;
  }

  /** Generated keys are always available, so the flag changes nothing. */
  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    return execute(sql);
  }

  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException {
    return execute(sql);
  }

  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException {
    return execute(sql);
  }

  /** Warnings of the last execution, read with {@code SHOW WARNINGS} when first asked for. */
  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings.get();
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    warnings.clear();
  }

  @Override
  public void close() {
    closed = true;
    closeCurrentResultSet();
  }

  @Override
  public boolean isClosed() {
    return closed || connection.isClosed();
  }

  /** Closes the statement when {@link #closeOnCompletion()} asked for it and its result set closes. */
  void resultSetClosed(JdbcResultSet resultSet) {
    if (closeOnCompletion && resultSet == currentResultSet) {
      closed = true;
    }
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    checkOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    checkOpen();
    return closeOnCompletion;
  }

  /** Result sets hold at most this many rows (0: all); the others are read and dropped. */
  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw new SQLException("max rows: " + max + " (expected: >= 0)");
    }
    maxRows = (int) Math.min(Integer.MAX_VALUE, max);
  }

  @Override
  public int getMaxRows() throws SQLException {
    checkOpen();
    return maxRows;
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    return getMaxRows();
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen();
    if (max != 0) {
      throw new SQLFeatureNotSupportedException("max field size: " + max + " is not supported yet (expected: 0, no limit)");
    }
  }

  /** Escape syntax goes to the server as it is; MySQL itself reads {d}, {t}, {ts} and {oj}. */
  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen();
  }

  /**
   * How long a statement may run: when it elapses the statement is killed on the server, the call
   * throws {@link java.sql.SQLTimeoutException} and the connection goes on. For a streamed result it
   * bounds each wait for a batch of rows. 0 for no limit.
   */
  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    if (seconds < 0) {
      throw new SQLException("query timeout: " + seconds + " (expected: >= 0 seconds)");
    }
    queryTimeoutSeconds = seconds;
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    checkOpen();
    return queryTimeoutSeconds;
  }

  private long queryTimeoutNanos() {
    return TimeUnit.SECONDS.toNanos(queryTimeoutSeconds);
  }

  /**
   * Stops the statement running on another thread, if any: the server kills it, the waiting call
   * throws an {@link SQLException} (SQLSTATE {@code HY008}) and the connection goes on.
   */
  @Override
  public void cancel() throws SQLException {
    checkOpen();
    Runnable stop = running;
    if (stop != null) {
      stop.run();
    }
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    throw new SQLFeatureNotSupportedException("setCursorName: positioned updates are not supported");
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("fetch direction: " + direction + " (expected: FETCH_FORWARD)");
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return ResultSet.FETCH_FORWARD;
  }

  /**
   * With a fetch size, {@code executeQuery} streams: the result set reads {@code rows} rows at a time
   * from the server (a prepared statement through a server-side cursor), in memory bounded by the fetch
   * size, parking the thread while it waits. {@link Integer#MIN_VALUE} (Connector/J's signal) streams
   * 256 rows at a time; 0 reads results whole. While a streamed result set is open, other commands on
   * the connection fail; closing it early stops the statement.
   */
  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0 && rows != Integer.MIN_VALUE) {
      throw new SQLException("fetch size: " + rows + " (expected: >= 0, or Integer.MIN_VALUE to stream)");
    }
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
    this.poolable = poolable;
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return poolable;
  }

  /**
   * A string literal for the session's {@code sql_mode}: backslashes doubled unless {@code
   * NO_BACKSLASH_ESCAPES} makes them ordinary characters, quotes doubled either way.
   */
  @Override
  public String enquoteLiteral(String val) throws SQLException {
    String escaped = connection.noBackslashEscapes() ? val : val.replace("\\", "\\\\");
    return "'" + escaped.replace("'", "''") + "'";
  }

  /** An identifier in back quotes, MySQL's quotes. */
  @Override
  public String enquoteIdentifier(String identifier, boolean alwaysQuote) throws SQLException {
    Objects.requireNonNull(identifier, "identifier");
    boolean simple = identifier.matches("[A-Za-z][A-Za-z0-9_$]{0,63}");
    return simple && !alwaysQuote ? identifier : Identifiers.quote(identifier);
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(iface, this);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return Wrappers.isWrapperFor(iface, this);
  }

  final void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("statement: closed (expected: open)", "HY010");
    }
    connection.checkOpen();
  }

  private void closeCurrentResultSet() {
    JdbcResultSet open = currentResultSet;
    currentResultSet = null;
    if (open != null) {
      open.close();
    }
  }

  private List<Row> rowsOf(RowSet rows) {
    int size = maxRows == 0 ? rows.size() : Math.min(maxRows, rows.size());
    return new AbstractList<>() {
      @Override
      public Row get(int index) {
        return rows.get(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
