package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.Row;
import java.util.List;

/** A cursor over rows held in memory. */
final class InMemoryRows implements RowCursor {
  private final List<ColumnMetadata> columns;
  private final List<Row> rows;
  private int cursor = -1;

  InMemoryRows(List<ColumnMetadata> columns, List<Row> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  @Override
  public List<ColumnMetadata> columns() {
    return columns;
  }

  @Override
  public boolean next() {
    if (cursor < rows.size()) {
      cursor++;
    }
    return cursor < rows.size();
  }

  @Override
  public Row row() {
    return cursor >= 0 && cursor < rows.size() ? rows.get(cursor) : null;
  }

  @Override
  public int rowNumber() {
    return cursor >= 0 && cursor < rows.size() ? cursor + 1 : 0;
  }

  @Override
  public boolean isBeforeFirst() {
    return cursor < 0 && !rows.isEmpty();
  }

  @Override
  public boolean isAfterLast() {
    return cursor >= rows.size() && !rows.isEmpty();
  }

  @Override
  public boolean isFirst() {
    return cursor == 0 && !rows.isEmpty();
  }

  @Override
  public boolean isLast() {
    return cursor == rows.size() - 1 && !rows.isEmpty();
  }

  @Override
  public List<Row> sample() {
    return rows;
  }

  @Override
  public void close() {}
}
