package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ComStmtBulkExecute;
import io.asyncmysql.protocol.type.ComStmtExecute;
import java.util.Arrays;
import java.util.List;

/**
 * A statement the server prepared: its id on this connection and the shape of its parameters and
 * result.
 *
 * @param id the statement id
 * @param parameters the parameter definitions (the server's guesses of their types)
 * @param columns the result columns, empty when the statement returns no result set
 */
record PreparedStatement(int id, ColumnDefinition[] parameters, ColumnDefinition[] columns) {
  /** The number of {@code ?} placeholders. */
  int parameterCount() {
    return parameters.length;
  }

  /**
   * An execution of this statement.
   *
   * @param cursorType one of {@code ComStmtExecute.CURSOR_TYPE_*}
   * @throws IllegalArgumentException when the parameters do not fit the statement or a parameter has
   *     a type the protocol cannot send
   */
  ComStmtExecute execution(Object[] values, int cursorType) {
    checkCount(values);
    return new ComStmtExecute(Integer.toUnsignedLong(id), cursorType, Arrays.asList(values), true);
  }

  /**
   * A bulk execution of this statement, once per row (MariaDB).
   *
   * @throws IllegalArgumentException when a row does not fit the statement or the rows bind different
   *     types in a column
   */
  ComStmtBulkExecute bulkExecution(List<Object[]> rows) {
    rows.forEach(this::checkCount);
    return new ComStmtBulkExecute(Integer.toUnsignedLong(id), rows);
  }

  private void checkCount(Object[] values) {
    if (values.length != parameters.length) {
      throw new IllegalArgumentException(
          "parameters: " + values.length + " (expected: " + parameters.length + ", one per ?)");
    }
  }
}
