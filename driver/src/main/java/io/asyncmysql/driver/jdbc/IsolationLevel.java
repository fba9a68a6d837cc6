package io.asyncmysql.driver.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** JDBC's isolation constants and MySQL's names for them. */
final class IsolationLevel {
  private IsolationLevel() {}

  /** Whether {@code level} is one of the four levels MySQL has. */
  static boolean isKnown(int level) {
    return switch (level) {
      case Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED,
          Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE -> true;
      default -> false;
    };
  }

  /** The level as {@code SET TRANSACTION ISOLATION LEVEL} takes it. */
  static String sql(int level) throws SQLException {
    return switch (level) {
      case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
      case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
      case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
      case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
      default -> throw new SQLException(
          "transaction isolation: " + level + " (expected: TRANSACTION_READ_UNCOMMITTED, TRANSACTION_READ_COMMITTED,"
              + " TRANSACTION_REPEATABLE_READ or TRANSACTION_SERIALIZABLE)", "HY024");
    };
  }

  /** The constant for the server's name of a level, e.g. {@code REPEATABLE-READ}. */
  static int parse(String name) throws SQLException {
    return switch (name.toUpperCase(Locale.ROOT).replace('-', ' ')) {
      case "READ UNCOMMITTED" -> Connection.TRANSACTION_READ_UNCOMMITTED;
      case "READ COMMITTED" -> Connection.TRANSACTION_READ_COMMITTED;
      case "REPEATABLE READ" -> Connection.TRANSACTION_REPEATABLE_READ;
      case "SERIALIZABLE" -> Connection.TRANSACTION_SERIALIZABLE;
      default -> throw new SQLException("transaction isolation from the server: " + name + " (expected: one of MySQL's four levels)");
    };
  }
}
