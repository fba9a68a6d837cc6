package io.asyncmysql.benchmarks;

import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.asyncmysql.protocol.type.RowData;
import io.asyncmysql.protocol.type.ValueDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.mysqlclient.impl.datatype.DataFormat;
import io.vertx.sqlclient.impl.RowDecoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One 10-column row payload decoded to Java objects, every cell as its natural type: asyncmysql's
 * {@link RowData} and {@link ValueDecoder}, and Vert.x's row decoder on the same bytes. The {@code
 * RowOnly} benchmarks stop at the {@link RowData}, which decodes cells on demand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dio.netty.leakDetection.level=disabled")
public class RowDecodeBenchmark {
  private final ColumnDefinition[] columns = Rows.columns();
  private ByteBuf textRow;
  private ByteBuf binaryRow;
  private RowDecoder<?, ?> vertxText;
  private RowDecoder<?, ?> vertxBinary;

  @Setup
  public void setUp(Blackhole blackhole) {
    textRow = Unpooled.wrappedBuffer(Rows.textRow());
    binaryRow = Unpooled.wrappedBuffer(Rows.binaryRow());
    vertxText = VertxRows.decoder(DataFormat.TEXT, blackhole);
    vertxBinary = VertxRows.decoder(DataFormat.BINARY, blackhole);
  }

  @TearDown
  public void tearDown() {
    textRow.release();
    binaryRow.release();
  }

  @Benchmark
  public void asyncmysqlTextRow(Blackhole blackhole) {
    decode(RowData.text(textRow.readerIndex(0), Rows.COLUMNS), blackhole);
  }

  @Benchmark
  public void asyncmysqlBinaryRow(Blackhole blackhole) {
    decode(RowData.binary(binaryRow.readerIndex(0), columns), blackhole);
  }

  /** The row alone, its cells not yet decoded: what a row costs a reader who reads few of its cells. */
  @Benchmark
  public RowData asyncmysqlTextRowOnly() {
    return RowData.text(textRow.readerIndex(0), Rows.COLUMNS);
  }

  @Benchmark
  public RowData asyncmysqlBinaryRowOnly() {
    return RowData.binary(binaryRow.readerIndex(0), columns);
  }

  @Benchmark
  public void vertxTextRow() {
    vertxText.handleRow(Rows.COLUMNS, textRow.readerIndex(0));
  }

  @Benchmark
  public void vertxBinaryRow() {
    vertxBinary.handleRow(Rows.COLUMNS, binaryRow.readerIndex(0));
  }

  private void decode(RowData row, Blackhole blackhole) {
    for (int i = 0; i < Rows.COLUMNS; i++) {
      blackhole.consume(ValueDecoder.decode(row, i, columns[i], Object.class, DecodeOptions.DEFAULT));
    }
    blackhole.consume(row);
  }
}
