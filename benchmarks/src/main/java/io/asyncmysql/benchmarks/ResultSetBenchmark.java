package io.asyncmysql.benchmarks;

import io.asyncmysql.driver.Row;
import io.asyncmysql.protocol.Packet;
import io.asyncmysql.protocol.PacketDecoder;
import io.asyncmysql.protocol.Sequence;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.vertx.mysqlclient.impl.codec.MySQLPacketDecoder;
import io.vertx.mysqlclient.impl.datatype.DataFormat;
import io.vertx.sqlclient.impl.RowDecoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A result of 1,000 text rows as it comes off the socket: framed by each client's packet decoder on
 * an {@link EmbeddedChannel}, then every row decoded to the row a user gets and its cells read as
 * Java objects. Reported per row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Rows.RESULT_ROWS)
@Fork(value = 1, jvmArgsAppend = "-Dio.netty.leakDetection.level=disabled")
public class ResultSetBenchmark {
  private final DriverRows rows = new DriverRows(Rows.columns());
  private ByteBuf wire;
  private RowDecoder<?, ?> vertxRows;

  @Setup
  public void setUp(Blackhole blackhole) {
    wire = Unpooled.directBuffer().writeBytes(Rows.textResultWire());
    vertxRows = VertxRows.decoder(DataFormat.TEXT, blackhole);
  }

  @TearDown
  public void tearDown() {
    wire.release();
  }

  @Benchmark
  public void asyncmysql(Blackhole blackhole) {
    EmbeddedChannel channel = new EmbeddedChannel(new PacketDecoder(new Sequence(), 64 << 20));
    channel.writeInbound(wire.retainedDuplicate());
    for (Packet packet; (packet = channel.readInbound()) != null; ) {
      Row row = rows.read(packet.payload(), false);
      for (int i = 0; i < Rows.COLUMNS; i++) {
        blackhole.consume(row.get(i));
      }
      blackhole.consume(row);
      packet.release();
    }
    channel.finishAndReleaseAll();
  }

  @Benchmark
  public void vertx() {
    EmbeddedChannel channel = new EmbeddedChannel(new MySQLPacketDecoder());
    channel.writeInbound(wire.retainedDuplicate());
    for (ByteBuf packet; (packet = channel.readInbound()) != null; ) {
      vertxRows.handleRow(Rows.COLUMNS, packet.skipBytes(4));
      packet.release();
    }
    channel.finishAndReleaseAll();
  }
}
