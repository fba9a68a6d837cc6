package io.asyncmysql.driver.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/** The one kind of result set there is: forward-only, read-only, held over commit. */
final class ResultSetKinds {
  private ResultSetKinds() {}

  /**
   * Accepts only {@code TYPE_FORWARD_ONLY}, {@code CONCUR_READ_ONLY} and {@code HOLD_CURSORS_OVER_COMMIT}.
   *
   * @throws SQLFeatureNotSupportedException for another kind
   */
  static void check(int type, int concurrency, int holdability) throws SQLException {
    if (type != ResultSet.TYPE_FORWARD_ONLY) {
      throw new SQLFeatureNotSupportedException("result set type: " + type + " (expected: TYPE_FORWARD_ONLY)");
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY) {
      throw new SQLFeatureNotSupportedException("result set concurrency: " + concurrency + " (expected: CONCUR_READ_ONLY)");
    }
    if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT) {
      throw new SQLFeatureNotSupportedException(
          "result set holdability: " + holdability + " (expected: HOLD_CURSORS_OVER_COMMIT, rows are held in memory)");
    }
  }
}
