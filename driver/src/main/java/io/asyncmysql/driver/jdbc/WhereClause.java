package io.asyncmysql.driver.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A WHERE clause of conditions joined by AND, with its values bound as parameters, never spliced in. */
final class WhereClause {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> values = new ArrayList<>();

  /**
   * The database: MySQL's catalog and schema alike. {@code catalog} must equal it ("" matches none),
   * {@code schema} must equal it or, when {@code schemaIsPattern}, be LIKE it; {@code null} skips either.
   */
  WhereClause database(String column, String catalog, String schema, boolean schemaIsPattern) {
    equal(column, catalog);
    return schemaIsPattern ? like(column, schema) : equal(column, schema);
  }

  /** {@code column = value}, unless {@code value} is {@code null}. */
  WhereClause equal(String column, String value) {
    return value == null ? this : condition(column + " = ?", value);
  }

  /** {@code column LIKE pattern}, unless {@code pattern} is {@code null}. */
  WhereClause like(String column, String pattern) {
    return pattern == null ? this : condition(column + " LIKE ?", pattern);
  }

  /** {@code expression IN (options...)}; no options match nothing. */
  WhereClause in(String expression, String[] options) {
    condition(expression + " IN (" + (options.length == 0 ? "NULL" : String.join(", ", Collections.nCopies(options.length, "?"))) + ")");
    values.addAll(List.of((Object[]) options));
    return this;
  }

  /** A condition without parameters. */
  WhereClause condition(String condition) {
    sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
    return this;
  }

  /** The parameter values, in order. */
  Object[] values() {
    return values.toArray();
  }

  private WhereClause condition(String condition, Object value) {
    values.add(value);
    return condition(condition);
  }

  /** The clause, starting with {@code " WHERE "}, or empty. */
  @Override
  public String toString() {
    return sql.toString();
  }
}
