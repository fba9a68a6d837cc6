package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.Row;
import java.sql.SQLException;
import java.util.List;

/** Where a {@link JdbcResultSet}'s rows come from: a list in memory, or a stream read as the cursor moves. */
interface RowCursor {
  /** The result's columns. */
  List<ColumnMetadata> columns();

  /** Moves to the next row; false when there is none (the cursor is then after the last row). */
  boolean next() throws SQLException;

  /** The row the cursor is on, or {@code null} before the first and after the last. */
  Row row();

  /** The current row's number, from 1; 0 when the cursor is not on a row. */
  int rowNumber();

  boolean isBeforeFirst() throws SQLException;

  boolean isAfterLast();

  boolean isFirst();

  boolean isLast() throws SQLException;

  /** Rows at hand that show which string columns hold bytes: all of them, or those read so far. */
  List<Row> sample();

  /** Lets go of the rows; a stream is cancelled. */
  void close();
}
