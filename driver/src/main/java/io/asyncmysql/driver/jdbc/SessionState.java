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
 * <p>Auto-commit is taken to be on at the start, as JDBC requires and servers default to. A setting
 * counts as changed from the moment its change is sent: a change whose wait failed (a timeout, an
 * interrupt) may have taken effect all the same, so it is put back too.
 */
final class SessionState {
  private final JdbcConnection owner;
  private final MySqlConnection conn;
  private final String isolationVariable;
  private final String readOnlyVariable;
  private boolean autoCommit = true;
  private boolean autoCommitInDoubt;
  private boolean readOnly;
  private boolean readOnlyChanged;
  private int isolation;
  private boolean isolationChanged;
  private String initialDatabase;
  private boolean initialDatabaseKnown;
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
      CompletableFuture<RowSet> change = owner.async().query(on ? "SET autocommit=1" : "SET autocommit=0");
      autoCommitInDoubt = true;
      owner.await(change);
      autoCommit = on;
      autoCommitInDoubt = false;
    }
  }

  boolean readOnly() {
    return readOnly;
  }

  void readOnly(boolean on) throws SQLException {
    if (on != readOnly) {
      CompletableFuture<RowSet> change = owner.async().query(on ? "SET SESSION TRANSACTION READ ONLY" : "SET SESSION TRANSACTION READ WRITE");
      readOnlyChanged = true;
      owner.await(change);
      readOnly = on;
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
    CompletableFuture<RowSet> change = owner.async().query("SET SESSION TRANSACTION ISOLATION LEVEL " + IsolationLevel.sql(level));
    isolationChanged = true;
    owner.await(change);
    isolation = level;
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
    databaseChanged = true;
    if (initial != null) {
      initialDatabase = owner.await(initial).get(0).get(0, String.class);
      initialDatabaseKnown = true;
    }
    owner.await(select);
  }

  /**
   * Puts back what was changed, pipelined behind whatever the connection still runs, without waiting:
   * rolls back an open transaction, turns auto-commit on, resets isolation and read-only to the
   * server's defaults, selects the first database again. An interrupt of the caller cannot drop a step.
   *
   * @return a future that completes when every step succeeded, or fails with the first failure
   * @throws SQLException when the database was changed before the first one could be read: the
   *     session cannot be put back and the connection must not be lent again
   */
  CompletableFuture<Void> restore() throws SQLException {
    if (databaseChanged && !initialDatabaseKnown) {
      throw new SQLException("the session cannot be restored: its first database was never read");
    }
    List<CompletableFuture<?>> steps = new ArrayList<>();
    if (conn.inTransaction()) {
      steps.add(conn.rollback());
    }
    if (!autoCommit || autoCommitInDoubt) {
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
    return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new));
  }
}
