package io.asyncmysql.benchmarks;

import io.asyncmysql.driver.Row;
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
 * One 10-column row payload decoded to the row a user gets and every cell read as its natural type:
 * asyncmysql's driver row ({@link DriverRows}) and its {@link Row#get(int)}, and Vert.x's row decoder
 * on the same bytes. The {@code RowOnly} benchmarks stop at asyncmysql's row, which decodes cells on
 * demand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dio.netty.leakDetection.level=disabled")
public class RowDecodeBenchmark {
  private final DriverRows rows = new DriverRows(Rows.columns());
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
    decode(rows.read(textRow.readerIndex(0), false), blackhole);
  }

  @Benchmark
  public void asyncmysqlBinaryRow(Blackhole blackhole) {
    decode(rows.read(binaryRow.readerIndex(0), true), blackhole);
  }

  /** The row alone, its cells not yet decoded: what a row costs a reader who reads few of its cells. */
  @Benchmark
  public Row asyncmysqlTextRowOnly() {
    return rows.read(textRow.readerIndex(0), false);
  }

  @Benchmark
  public Row asyncmysqlBinaryRowOnly() {
    return rows.read(binaryRow.readerIndex(0), true);
  }

  @Benchmark
  public void vertxTextRow() {
    vertxText.handleRow(Rows.COLUMNS, textRow.readerIndex(0));
  }

  @Benchmark
  public void vertxBinaryRow() {
    vertxBinary.handleRow(Rows.COLUMNS, binaryRow.readerIndex(0));
  }

  private static void decode(Row row, Blackhole blackhole) {
    for (int i = 0; i < Rows.COLUMNS; i++) {
      blackhole.consume(row.get(i));
    }
    blackhole.consume(row);
  }
}
