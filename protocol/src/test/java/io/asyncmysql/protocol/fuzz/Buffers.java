package io.asyncmysql.protocol.fuzz;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

/**
 * The forms a payload reaches a decoder in: a plain heap buffer, or one whose bytes a decoder reading
 * by absolute index, past its writer index or by array offset would get wrong.
 */
enum Buffers {
  /** A heap buffer of exactly the input. */
  PLAIN,
  /** Random bytes before the reader index and after the writer index. */
  OFFSET,
  /** A direct buffer, without a backing array. */
  DIRECT,
  /** A composite of up to three parts, as the packet decoder joins a long payload. */
  COMPOSITE,
  /** A read-only view. */
  READ_ONLY;

  /** A new buffer holding {@code input} between its reader and writer index; the caller releases it. */
  ByteBuf wrap(byte[] input, Random random) {
    return switch (this) {
      case PLAIN -> Unpooled.wrappedBuffer(input);
      case OFFSET -> {
        int before = 1 + random.nextInt(8);
        byte[] padded = new byte[before + input.length + 1 + random.nextInt(8)];
        random.nextBytes(padded);
        System.arraycopy(input, 0, padded, before, input.length);
        yield Unpooled.wrappedBuffer(padded).setIndex(before, before + input.length);
      }
      case DIRECT -> Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(input.length).put(input).flip());
      case COMPOSITE -> {
        int first = random.nextInt(input.length + 1);
        int second = first + random.nextInt(input.length - first + 1);
        yield new CompositeByteBuf(
            UnpooledByteBufAllocator.DEFAULT,
            false,
            3,
            Unpooled.wrappedBuffer(Arrays.copyOfRange(input, 0, first)),
            Unpooled.wrappedBuffer(Arrays.copyOfRange(input, first, second)),
            Unpooled.wrappedBuffer(Arrays.copyOfRange(input, second, input.length)));
      }
      case READ_ONLY -> Unpooled.wrappedBuffer(input).asReadOnly();
    };
  }
}
