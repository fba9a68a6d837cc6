package io.asyncmysql.benchmarks;

import io.asyncmysql.protocol.PacketEncoder;
import io.asyncmysql.protocol.Sequence;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.type.ComStmtExecute;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

/** A {@code COM_STMT_EXECUTE} of the benchmark row's 10 values, from message to packet bytes. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dio.netty.leakDetection.level=disabled")
public class EncodeBenchmark {
  private static final List<Object> PARAMETERS =
      List.of(
          123456, 9876543210123L, "The quick brown fox", new BigDecimal("12345.67"), LocalDateTime.of(2024, 2, 29, 13, 45, 7),
          3.141592653589793, LocalDate.of(2024, 2, 29), (byte) 1,
          "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
          new BigInteger("18446744073709551615"));

  private final Sequence sequence = new Sequence();
  private EmbeddedChannel channel;

  @Setup
  public void setUp() {
    channel = new EmbeddedChannel(new PacketEncoder(sequence, Session.INITIAL));
  }

  @TearDown
  public void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Benchmark
  public int comStmtExecute() {
    channel.writeOutbound(ComStmtExecute.of(1, PARAMETERS));
    sequence.startResponse();
    ByteBuf packet = channel.readOutbound();
    int length = packet.readableBytes();
    packet.release();
    return length;
  }
}
