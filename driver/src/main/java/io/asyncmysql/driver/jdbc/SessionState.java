package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.RowSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The session settings a JDBC connection changes with SQL (auto-commit, isolation, read-only, the
 * database), what they are now, and how to put back what was changed: {@link #restore()} leaves the
 * session as the connection was handed over, so that a pool can lend it again.
 *
 * <p>Auto-commit is taken to be on at the start, as JDBC requires and servers default to.
 */
final class SessionState {
  private final JdbcConnection owner;
  private final MySqlConnection conn;
  private final String isolationVariable;
  private final String readOnlyVariable;
  private boolean autoCommit = true;
  private boolean readOnly;
  private boolean readOnlyChanged;
  private int isolation;
  private boolean isolationChanged;
  private String initialDatabase;
  private boolean databaseChanged;

  SessionState(JdbcConnection owner, MySqlConnection conn) {
    this.owner = owner;
    this.conn = conn;
    boolean mariadb = conn.serverVersion().contains("MariaDB");
    this.isolationVariable = mariadb ? "tx_isolation" : "transaction_isolation";
    this.readOnlyVariable = mariadb ? "tx_read_only" : "transaction_read_only";
  }

  boolean autoCommit() {
    return autoCommit;
  }

  /** Turns auto-commit on or off with {@code SET autocommit}; turning it on commits, as in JDBC. */
  void autoCommit(boolean on) throws SQLException {
    if (on != autoCommit) {
      owner.await(owner.async().query(on ? "SET autocommit=1" : "SET autocommit=0"));
      autoCommit = on;
    }
  }

  boolean readOnly() {
    return readOnly;
  }

  void readOnly(boolean on) throws SQLException {
    if (on != readOnly) {
      owner.await(owner.async().query(on ? "SET SESSION TRANSACTION READ ONLY" : "SET SESSION TRANSACTION READ WRITE"));
      readOnly = on;
      readOnlyChanged = true;
    }
  }

  /** The isolation level, read from the server the first time. */
  int isolation() throws SQLException {
    if (isolation == 0) {
      RowSet rows = owner.await(owner.async().query("SELECT @@SESSION." + isolationVariable));
      isolation = IsolationLevel.parse(rows.get(0).get(0, String.class));
    }
    return isolation;
  }

  void isolation(int level) throws SQLException {
    String sql = "SET SESSION TRANSACTION ISOLATION LEVEL " + IsolationLevel.sql(level);
    owner.await(owner.async().query(sql));
    isolation = level;
    isolationChanged = true;
  }

  /** The default database, or {@code null}: always read from the server, which a {@code USE} may have changed. */
  String database() throws SQLException {
    return owner.await(owner.async().query("SELECT DATABASE()")).get(0).get(0, String.class);
  }

  /** Makes {@code database} the default, remembering the first one to restore it. */
  void database(String database) throws SQLException {
    if (database == null || database.isEmpty()) {
      throw new SQLException("catalog: " + (database == null ? "null" : "''") + " (expected: a database name)");
    }
    CompletableFuture<RowSet> initial = databaseChanged ? null : owner.async().query("SELECT DATABASE()");
    CompletableFuture<Void> select = owner.async().selectDatabase(database);
    if (initial != null) {
      initialDatabase = owner.await(initial).get(0).get(0, String.class);
    }
    owner.await(select);
    databaseChanged = true;
  }

  /**
   * Puts back what was changed, in one pipelined round trip: rolls back an open transaction, turns
   * auto-commit on, resets isolation and read-only to the server's defaults, selects the first
   * database again.
   */
  void restore() throws SQLException {
    List<CompletableFuture<?>> steps = new ArrayList<>();
    if (conn.inTransaction()) {
      steps.add(conn.rollback());
    }
    if (!autoCommit) {
      steps.add(conn.query("SET autocommit=1"));
    }
    if (isolationChanged) {
      steps.add(conn.query("SET SESSION " + isolationVariable + " = DEFAULT"));
    }
    if (readOnlyChanged) {
      steps.add(conn.query("SET SESSION " + readOnlyVariable + " = DEFAULT"));
    }
    if (databaseChanged && initialDatabase != null) {
      steps.add(conn.selectDatabase(initialDatabase));
    }
    for (CompletableFuture<?> step : steps) {
      owner.await(step);
    }
  }
}
