package io.asyncmysql.benchmarks;

import io.vertx.mysqlclient.impl.MySQLRowDesc;
import io.vertx.mysqlclient.impl.datatype.DataFormat;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.impl.RowDecoder;
import java.lang.reflect.Constructor;
import java.util.stream.Collector;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Vert.x's own row decoder, the package-private {@code RowResultDecoder} its codec hands every row
 * packet to: it creates a {@code MySQLRowImpl} and decodes each cell with {@code
 * DataTypeCodec.decodeText} or {@code decodeBinary}. Rows go to a collector that consumes them, as
 * a query's collector would collect them.
 */
final class VertxRows {
  private VertxRows() {}

  static RowDecoder<?, ?> decoder(DataFormat format, Blackhole blackhole) {
    Collector<Row, Blackhole, Void> sink = Collector.of(() -> blackhole, (bh, row) -> bh.consume(row), (a, b) -> a, bh -> null);
    try {
      Class<?> type = Class.forName("io.vertx.mysqlclient.impl.codec.RowResultDecoder");
      Constructor<?> constructor = type.getDeclaredConstructor(Collector.class, MySQLRowDesc.class);
      constructor.setAccessible(true);
      return (RowDecoder<?, ?>) constructor.newInstance(sink, MySQLRowDesc.create(Rows.vertxColumns(), format));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Vert.x's RowResultDecoder moved", e);
    }
  }
}
