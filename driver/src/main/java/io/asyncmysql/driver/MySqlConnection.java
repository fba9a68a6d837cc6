package io.asyncmysql.driver;

import io.asyncmysql.driver.internal.ChannelConnection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A connection to a MySQL or MariaDB server on a non-blocking Netty channel. Every operation returns
 * a {@link CompletableFuture} at once and never blocks the calling thread.
 *
 * <p>Commands may be issued without waiting for earlier ones: they are written back to back
 * (pipelined) and each future completes in order. A command that fails fails only its own future;
 * when the connection itself dies, every pending future fails with a {@link
 * ConnectionClosedException} at once.
 *
 * <p>Futures complete on the connection's event loop: callbacks attached with {@code thenApply}
 * and the like run there, so they must not block. Use the {@code *Async} variants with an executor
 * for blocking work.
 *
 * <pre>{@code
 * MySqlConnection conn = MySqlConnection.connect("mysql://app:secret@127.0.0.1:3306/shop").join();
 * RowSet rows = conn.query("SELECT name FROM product WHERE id = ?", 42).join();
 * String name = rows.iterator().next().get("name", String.class);
 * conn.close().join();
 * }</pre>
 */
public interface MySqlConnection {
  /**
   * Connects to the server a URL names, e.g. {@code mysql://user:password@host:3306/db?sslMode=REQUIRED}.
   *
   * @throws IllegalArgumentException when the URL is malformed (thrown, not in the future)
   */
  static CompletableFuture<MySqlConnection> connect(String url) {
    return connect(MySqlConnectOptions.parse(url));
  }

  /** Connects with the given options; the future fails with a {@link MySqlException} when it cannot. */
  static CompletableFuture<MySqlConnection> connect(MySqlConnectOptions options) {
    return ChannelConnection.connect(options);
  }

  /**
   * Runs a statement in the text protocol and returns its complete result.
   *
   * @param sql one statement, or several separated by {@code ;} when {@code allowMultiQueries} is on
   */
  CompletableFuture<RowSet> query(String sql);

  /**
   * Runs a statement with parameters as a server-side prepared statement (binary protocol), prepared
   * once per connection and cached. Parameters are never interpolated into the SQL text.
   *
   * @param sql a statement with one {@code ?} per parameter
   * @param parameters the values: null, Boolean, numbers, String, byte[], ByteBuffer, java.time types,
   *     Duration, UUID, enums; the future fails with {@link IllegalArgumentException} for another type
   *     or a wrong count, before anything is sent
   */
  CompletableFuture<RowSet> query(String sql, Object... parameters);

  /**
   * Runs a statement once per row of parameters, issuing every command before waiting for the first.
   * With {@code rewriteBatches} (the default) an {@code INSERT} or {@code REPLACE} whose one {@code
   * VALUES} row holds every {@code ?} travels in as few commands as the server allows: MariaDB's bulk
   * execute, else multi-row {@code VALUES} statements; any other statement runs once per row. Rows
   * that fail do not stop the others; the future then fails with a {@link BatchException} that holds
   * every row's outcome.
   *
   * @param sql a statement with one {@code ?} per parameter, returning no result set
   * @param rows the parameters of each run, all of one length, as {@link #query(String, Object...)}
   *     takes them; the arrays are copied
   * @return one update count per row, {@link BatchResult#SUCCESS_NO_INFO} where rows were folded
   *     together; failed with {@link IllegalArgumentException} before anything is sent when the rows
   *     differ in length or do not fit the statement
   */
  CompletableFuture<BatchResult> executeBatch(String sql, List<Object[]> rows);

  /**
   * Streams the rows of a statement with back-pressure, in constant memory whatever the size of the
   * result: the statement is sent when a subscriber subscribes, rows are decoded as the subscriber
   * requests them, and the connection stops reading from the server while the subscriber has no
   * demand. Cancelling the subscription stops the statement and leaves the connection usable.
   * Statements with parameters run as prepared statements.
   *
   * <p>Signals arrive on the connection's event loop; the subscriber must not block in {@code onNext}.
   * While a stream runs, later commands on the connection wait for it. One subscriber per publisher.
   *
   * @param sql the statement
   * @param parameters its parameters, one per {@code ?}
   * @return a cold publisher of the statement's rows
   */
  Flow.Publisher<Row> stream(String sql, Object... parameters);

  /** Checks that the server answers ({@code COM_PING}). */
  CompletableFuture<Void> ping();

  /** Makes {@code database} the default database ({@code COM_INIT_DB}). */
  CompletableFuture<Void> selectDatabase(String database);

  /**
   * Resets the session ({@code COM_RESET_CONNECTION}): rolls back, drops temporary tables, resets
   * variables; prepared statements are prepared again when next used (statements issued before the
   * reset completes must not be prepared ones).
   */
  CompletableFuture<Void> reset();

  /**
   * Logs in as another user on this connection ({@code COM_CHANGE_USER}), which also resets the
   * session: prepared statements are prepared again when next used.
   *
   * @param user the user name
   * @param password the password, empty or {@code null} for none
   * @param database the default database, or {@code null} for none
   */
  CompletableFuture<Void> changeUser(String user, String password, String database);

  /** Starts a transaction. */
  CompletableFuture<Void> begin();

  /**
   * Starts a transaction with an isolation level and access mode of its own; the session's defaults
   * apply again after it.
   *
   * @param isolation the isolation level of this transaction
   * @param readOnly whether the transaction only reads
   */
  CompletableFuture<Void> begin(IsolationLevel isolation, boolean readOnly);

  /** Sets the session's isolation level for the transactions that follow. */
  CompletableFuture<Void> isolationLevel(IsolationLevel isolation);

  /** Sets whether the session's transactions that follow only read. */
  CompletableFuture<Void> readOnly(boolean readOnly);

  /**
   * Sets a savepoint in the current transaction.
   *
   * @param name the savepoint's name, any string (it is quoted)
   */
  CompletableFuture<Void> savepoint(String name);

  /** Rolls the current transaction back to a savepoint, which stays set. */
  CompletableFuture<Void> rollbackToSavepoint(String name);

  /** Releases a savepoint. */
  CompletableFuture<Void> releaseSavepoint(String name);

  /** Commits the current transaction. */
  CompletableFuture<Void> commit();

  /** Rolls the current transaction back. */
  CompletableFuture<Void> rollback();

  /** Whether a transaction is open, from the status flags of the latest server response. */
  boolean inTransaction();

  /**
   * Whether the session's {@code sql_mode} holds {@code NO_BACKSLASH_ESCAPES}, so that a backslash in
   * a string literal is an ordinary character; from the status flags of the latest server response.
   */
  boolean noBackslashEscapes();

  /** The server's id for this connection, as {@code CONNECTION_ID()} returns it and {@code KILL} takes it. */
  long connectionId();

  /** The server's version string. */
  String serverVersion();

  /** Whether the connection is open. */
  boolean isOpen();

  /** Sends {@code COM_QUIT} after the commands already issued and closes the connection. */
  CompletableFuture<Void> close();

  /**
   * Closes the connection at once, without waiting for anything: commands in flight fail with a
   * {@link ConnectionClosedException} that says they are in doubt, queued ones that they were not
   * sent. A connection borrowed from a pool is discarded, not given back for reuse.
   */
  CompletableFuture<Void> closeNow();
}
