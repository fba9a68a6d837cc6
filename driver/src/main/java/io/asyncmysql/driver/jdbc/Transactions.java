package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.MySqlConnection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.atomic.AtomicInteger;

/** Commit, rollback and savepoints ({@code SAVEPOINT}, {@code ROLLBACK TO SAVEPOINT}, {@code RELEASE SAVEPOINT}). */
final class Transactions {
  private final JdbcConnection owner;
  private final MySqlConnection conn;
  private final AtomicInteger unnamed = new AtomicInteger();

  Transactions(JdbcConnection owner, MySqlConnection conn) {
    this.owner = owner;
    this.conn = conn;
  }

  void commit() throws SQLException {
    checkManual("commit");
    owner.await(owner.async().commit());
  }

  void rollback() throws SQLException {
    checkManual("rollback");
    owner.await(owner.async().rollback());
  }

  /**
   * Sets a savepoint.
   *
   * @param name its name, or {@code null} for an unnamed one, which gets an id
   */
  Savepoint setSavepoint(String name) throws SQLException {
    checkManual("setSavepoint");
    JdbcSavepoint savepoint = name == null ? JdbcSavepoint.unnamed(unnamed.incrementAndGet()) : JdbcSavepoint.named(name);
    owner.await(owner.async().query("SAVEPOINT " + savepoint.identifier()));
    return savepoint;
  }

  void rollback(Savepoint savepoint) throws SQLException {
    checkManual("rollback to a savepoint");
    owner.await(owner.async().query("ROLLBACK TO SAVEPOINT " + ours(savepoint).identifier()));
  }

  void release(Savepoint savepoint) throws SQLException {
    checkManual("releaseSavepoint");
    owner.await(owner.async().query("RELEASE SAVEPOINT " + ours(savepoint).identifier()));
  }

  private void checkManual(String what) throws SQLException {
    owner.checkOpen();
    if (owner.session().autoCommit()) {
      throw new SQLException(what + ": auto-commit is on (expected: setAutoCommit(false) first)", "25000");
    }
  }

  private static JdbcSavepoint ours(Savepoint savepoint) throws SQLException {
    if (savepoint instanceof JdbcSavepoint s) {
      return s;
    }
    throw new SQLException("savepoint: " + savepoint + " (expected: one this connection's setSavepoint returned)", "3B001");
  }

  /** A savepoint: named, or unnamed with an id. */
  private record JdbcSavepoint(int id, String name) implements Savepoint {
    static JdbcSavepoint unnamed(int id) {
      return new JdbcSavepoint(id, null);
    }

    static JdbcSavepoint named(String name) {
      return new JdbcSavepoint(0, name);
    }

    /** The name as SQL takes it: back-quoted, or {@code asyncmysql_savepoint_<id>}. */
    String identifier() {
      return name == null ? "asyncmysql_savepoint_" + id : Identifiers.quote(name);
    }

    @Override
    public int getSavepointId() throws SQLException {
      if (name != null) {
        throw new SQLException("savepoint id: the savepoint is named " + name + " (expected: getSavepointName)");
      }
      return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
      if (name == null) {
        throw new SQLException("savepoint name: the savepoint is unnamed, id " + id + " (expected: getSavepointId)");
      }
      return name;
    }
  }
}
