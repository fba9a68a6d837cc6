package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * A statement's {@link SQLWarning} chain, read with {@code SHOW WARNINGS} only when asked for and only
 * when the server counted some. {@code SHOW WARNINGS} lists the warnings of the latest statement, so
 * once another command has run on the connection the chain is one warning that says so.
 */
final class StatementWarnings {
  private final JdbcConnection connection;
  private int count;
  private long executedAt;
  private SQLWarning chain;

  StatementWarnings(JdbcConnection connection) {
    this.connection = connection;
  }

  /** Notes that a statement just ran and raised {@code count} warnings. */
  void executed(int count) {
    this.count = count;
    this.executedAt = connection.commandCount();
    this.chain = null;
  }

  void clear() {
    count = 0;
    chain = null;
  }

  SQLWarning get() throws SQLException {
    if (count == 0 || chain != null) {
      return chain;
    }
    if (connection.commandCount() != executedAt) {
      chain = new SQLWarning(count + " warnings, no longer listed by SHOW WARNINGS: other commands ran since", "01000");
      return chain;
    }
    RowSet rows = connection.await(connection.async().query("SHOW WARNINGS"));
    for (Row row : rows) {
      SQLWarning warning = new SQLWarning(
          row.get("Message", String.class), "01000", row.get("Code", Integer.class));
      if (chain == null) {
        chain = warning;
      } else {
        chain.setNextWarning(warning);
      }
    }
    if (chain == null) {
      count = 0;
    }
    return chain;
  }
}
