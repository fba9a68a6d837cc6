package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A complete, immutable {@link RowSet}; the results of a multi-result statement are chained. */
final class ResultSet implements RowSet {
  private final ResultColumns columns;
  private final List<Row> rows;
  private final long affectedRows;
  private final long lastInsertId;
  private final int warnings;
  private final String info;
  private ResultSet next;

  ResultSet(ResultColumns columns, List<Row> rows, long affectedRows, long lastInsertId, int warnings, String info) {
    this.columns = columns;
    this.rows = Collections.unmodifiableList(rows);
    this.affectedRows = affectedRows;
    this.lastInsertId = lastInsertId;
    this.warnings = warnings;
    this.info = info;
  }

  void next(ResultSet following) {
    this.next = following;
  }

  @Override
  public int size() {
    return rows.size();
  }

  @Override
  public Row get(int index) {
    return rows.get(index);
  }

  @Override
  public List<ColumnMetadata> columns() {
    return columns.metadata();
  }

  @Override
  public long affectedRows() {
    return affectedRows;
  }

  @Override
  public long lastInsertId() {
    return lastInsertId;
  }

  @Override
  public int warnings() {
    return warnings;
  }

  @Override
  public String info() {
    return info;
  }

  @Override
  public RowSet next() {
    return next;
  }

  @Override
  public Iterator<Row> iterator() {
    return rows.iterator();
  }

  @Override
  public String toString() {
    return "RowSet[rows=" + rows.size() + ", affectedRows=" + affectedRows + ", lastInsertId=" + lastInsertId
        + ", warnings=" + warnings + (next != null ? ", more" : "") + "]";
  }
}
