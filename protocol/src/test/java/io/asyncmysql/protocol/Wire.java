package io.asyncmysql.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/** Builds and feeds packet streams for the framing tests. */
final class Wire {
  private Wire() {}

  /** A payload of {@code length} bytes of a pattern that does not repeat every 256 bytes. */
  static byte[] payload(int length) {
    byte[] payload = new byte[length];
    for (int i = 0; i < length; i++) {
      payload[i] = (byte) (i * 31 + (i >>> 8));
    }
    return payload;
  }

  /**
   * The packets that carry {@code payload} in parts of the given lengths, with consecutive sequence
   * ids from {@code firstId}; the caller releases the buffer.
   */
  static ByteBuf packets(byte[] payload, int firstId, int... partLengths) {
    ByteBuf wire = Unpooled.buffer(payload.length + 4 * partLengths.length);
    int offset = 0;
    for (int i = 0; i < partLengths.length; i++) {
      wire.writeMediumLE(partLengths[i]).writeByte(firstId + i);
      wire.writeBytes(payload, offset, partLengths[i]);
      offset += partLengths[i];
    }
    assertEquals(payload.length, offset, "part lengths add up to the payload");
    return wire;
  }

  /** Writes {@code wire} to the channel's inbound side in parts of {@code chunk} bytes, then releases it. */
  static void feed(EmbeddedChannel channel, ByteBuf wire, int chunk) {
    try {
      while (wire.isReadable()) {
        channel.writeInbound(wire.readRetainedSlice(Math.min(chunk, wire.readableBytes())));
      }
    } finally {
      wire.release();
    }
  }
}
