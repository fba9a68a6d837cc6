package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.Row;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.RowData;
import io.asyncmysql.protocol.type.ValueDecoder;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Objects;

/** A {@link Row} that is the compact bytes of one row, one object per row; values are decoded when read. */
final class ResultRow extends RowData implements Row {
  private final ResultColumns columns;

  private ResultRow(ResultColumns columns, ByteBuf payload, int columnCount) {
    super(payload, columnCount);
    this.columns = columns;
  }

  private ResultRow(ResultColumns columns, ByteBuf payload, ColumnDefinition[] definitions) {
    super(payload, definitions);
    this.columns = columns;
  }

  /**
   * Reads a row payload of the text or binary protocol; the caller keeps ownership of the buffer.
   *
   * @throws ProtocolException when the payload is not a row of these columns
   */
  static ResultRow read(ResultColumns columns, ByteBuf payload, boolean binary) {
    return binary
        ? new ResultRow(columns, payload, columns.definitions)
        : new ResultRow(columns, payload, columns.definitions.length);
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
    try {
      return ValueDecoder.decode(this, index, columns.definitions[index], type, columns.decodeOptions);
    } catch (ProtocolException e) {
      throw new MySqlProtocolException("malformed value in column " + index + ": " + e.getMessage(), Delivery.COMPLETED, e);
    }
  }

  @Override
  public <T> T get(String label, Class<T> type) {
    return get(columns.indexOf(Objects.requireNonNull(label, "label")), type);
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
