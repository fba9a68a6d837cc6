package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.Row;
import io.asyncmysql.protocol.type.RowData;
import io.asyncmysql.protocol.type.ValueDecoder;
import java.util.List;
import java.util.Objects;

/** A {@link Row} over the compact bytes of one row; values are decoded when read. */
final class ResultRow implements Row {
  private final ResultColumns columns;
  private final RowData data;

  ResultRow(ResultColumns columns, RowData data) {
    this.columns = columns;
    this.data = data;
  }

  @Override
  public int size() {
    return columns.definitions.length;
  }

  @Override
  public List<ColumnMetadata> columns() {
    return columns.metadata();
  }

  @Override
  public <T> T get(int index, Class<T> type) {
    Objects.checkIndex(index, columns.definitions.length);
    Objects.requireNonNull(type, "type");
    return ValueDecoder.decode(data, index, columns.definitions[index], type, columns.decodeOptions);
  }

  @Override
  public <T> T get(String label, Class<T> type) {
    return get(columns.indexOf(Objects.requireNonNull(label, "label")), type);
  }

  @Override
  public boolean isNull(int index) {
    Objects.checkIndex(index, columns.definitions.length);
    return data.isNull(index);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Row[");
    for (int i = 0; i < size(); i++) {
      Object value = get(i, Object.class);
      s.append(i == 0 ? "" : ", ").append(columns.metadata().get(i).label()).append('=')
          .append(value instanceof byte[] b ? b.length + " bytes" : value);
    }
    return s.append(']').toString();
  }
}
