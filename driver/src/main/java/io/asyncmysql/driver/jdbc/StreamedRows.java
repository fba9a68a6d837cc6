package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.Row;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * A cursor over a {@link RowStream}: rows are read as the cursor moves, one row ahead at most (to
 * answer {@code isLast} and to learn the columns). After {@code maxRows} rows the statement is
 * cancelled. An empty result has no columns: the publisher shows them only with a row.
 */
final class StreamedRows implements RowCursor {
  private final RowStream stream;
  private final long maxRows;
  private final List<ColumnMetadata> columns;
  private final Row first;
  private Row current;
  private Row ahead;
  private long number;
  private boolean afterLast;

  private StreamedRows(RowStream stream, long maxRows, Row first) {
    this.stream = stream;
    this.maxRows = maxRows;
    this.first = first;
    this.ahead = first;
    this.columns = first == null ? List.of() : first.columns();
  }

  /**
   * Subscribes to the rows and waits for the first one, so that a failing statement fails here.
   *
   * @param maxRows the most rows to read, 0 for all
   */
  static StreamedRows open(Flow.Publisher<Row> rows, RowStream stream, long maxRows) throws SQLException {
    rows.subscribe(stream);
    return new StreamedRows(stream, maxRows, stream.next());
  }

  @Override
  public List<ColumnMetadata> columns() {
    return columns;
  }

  @Override
  public boolean next() throws SQLException {
    if (afterLast) {
      return false;
    }
    current = peek();
    ahead = null;
    if (current == null) {
      afterLast = number > 0;
      return false;
    }
    number++;
    return true;
  }

  /** The row after the current one, reading it when needed; {@code null} at the end or after {@code maxRows}. */
  private Row peek() throws SQLException {
    if (ahead == null && number < limit()) {
      ahead = stream.next();
    }
    if (number >= limit() && stream.isRunning()) {
      stream.cancel();
    }
    return number < limit() ? ahead : null;
  }

  private long limit() {
    return maxRows == 0 ? Long.MAX_VALUE : maxRows;
  }

  @Override
  public Row row() {
    return current;
  }

  @Override
  public int rowNumber() {
    return current == null ? 0 : (int) Math.min(Integer.MAX_VALUE, number);
  }

  @Override
  public boolean isBeforeFirst() {
    return number == 0 && first != null;
  }

  @Override
  public boolean isAfterLast() {
    return afterLast;
  }

  @Override
  public boolean isFirst() {
    return number == 1 && current != null;
  }

  @Override
  public boolean isLast() throws SQLException {
    return current != null && peek() == null;
  }

  @Override
  public List<Row> sample() {
    return first == null ? List.of() : List.of(first);
  }

  @Override
  public void close() {
    stream.cancel();
  }
}
