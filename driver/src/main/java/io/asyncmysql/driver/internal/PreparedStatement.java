package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.type.ColumnDefinition;

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
}
