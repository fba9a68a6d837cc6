package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.Row;
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/** Collects a response into {@link ResultSet}s held in memory, one per result. */
final class RowSetBuilder implements ResultSink {
  private final DecodeOptions decodeOptions;
  private final ColumnCache cache;
  private ResultColumns columns = ResultColumns.NONE;
  private List<Row> rows = new ArrayList<>();
  private ResultSet first;
  private ResultSet last;

  RowSetBuilder(DecodeOptions decodeOptions, ColumnCache cache) {
    this.decodeOptions = decodeOptions;
    this.cache = cache;
  }

  @Override
  public void columns(ColumnDefinition[] definitions) {
    columns = cache.columns(definitions, decodeOptions);
  }

  @Override
  public void row(ByteBuf payload, boolean binary) {
    rows.add(ResultRow.read(columns, payload, binary));
  }

  @Override
  public void end(OkPacket ok, boolean more) {
    ResultSet result = new ResultSet(columns, rows, ok.affectedRows(), ok.lastInsertId(), ok.warningCount(), ok.info());
    if (first == null) {
      first = result;
    } else {
      last.next(result);
    }
    last = result;
    columns = ResultColumns.NONE;
    rows = new ArrayList<>();
  }

  /** The first result, with the others chained to it. */
  ResultSet build() {
    return first;
  }
}
