package io.asyncmysql.driver;

import java.util.List;

/**
 * The complete result of one statement: its rows, held in memory, and what the server reported.
 * For a statement without a result set (an {@code UPDATE}, say) it has no rows and no columns.
 *
 * <p>A multi-statement query or a stored procedure returns several results: {@link #next()} walks
 * them.
 */
public interface RowSet extends Iterable<Row> {
  /** The number of rows. */
  int size();

  /** The row at {@code index}, from 0. */
  Row get(int index);

  /** The columns, empty for a statement without a result set. */
  List<ColumnMetadata> columns();

  /** The rows changed, deleted or inserted (or, with {@code useAffectedRows=false}, matched). */
  long affectedRows();

  /** The {@code AUTO_INCREMENT} value of the first row inserted, 0 when none. */
  long lastInsertId();

  /** The number of warnings the statement raised ({@code SHOW WARNINGS} lists them). */
  int warnings();

  /** The server's human-readable information about the statement, empty when none. */
  String info();

  /** The next result of a multi-result statement, or {@code null} when this is the last. */
  RowSet next();
}
