package io.asyncmysql.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.List;
import org.junit.jupiter.api.Test;

class NettyLeakCheckTest {
  @Test
  void aBufferThatIsNeverReleasedIsReported() throws InterruptedException {
    assertEquals(NettyLeakCheck.DETECTOR, System.getProperty("io.netty.customResourceLeakDetector"),
        "the build must install the leak detector in every test JVM");
    leakOneBuffer();
    List<String> leaks = NettyLeakCheck.collectLeaks();
    assertTrue(leaks.stream().anyMatch(l -> l.startsWith("LEAK: ByteBuf")), () -> "no leak reported: " + leaks);
  }

  @Test
  void aReleasedBufferIsNotReported() throws InterruptedException {
    ByteBuf buffer = PooledByteBufAllocator.DEFAULT.buffer(16);
    buffer.writeInt(42);
    buffer.release();
    assertEquals(List.of(), NettyLeakCheck.collectLeaks());
  }

  private static void leakOneBuffer() {
    PooledByteBufAllocator.DEFAULT.buffer(16).writeInt(42);
  }
}
