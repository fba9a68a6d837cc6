package io.asyncmysql.protocol.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.asyncmysql.protocol.Hex;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;

/** Encoding and decoding fixtures for message tests. */
final class Fixtures {
  private Fixtures() {}

  /** The payload {@code message} encodes to, as hex pairs. */
  static String encode(ClientMessage message, Session session) {
    ByteBuf out = Unpooled.buffer();
    try {
      message.encode(out, session);
      return Hex.dump(out);
    } finally {
      out.release();
    }
  }

  /** Decodes a hex payload and checks that the decoder consumed all of it. */
  static <T> T decode(String hex, Function<ByteBuf, T> decoder) {
    ByteBuf payload = Hex.buffer(hex);
    try {
      T message = decoder.apply(payload);
      assertEquals(0, payload.readableBytes(), "bytes left after decoding");
      return message;
    } finally {
      payload.release();
    }
  }

  /** Decodes a hex payload, expecting a {@link ProtocolException}, and returns its message. */
  static String decodeFailure(String hex, Function<ByteBuf, ?> decoder) {
    ByteBuf payload = Hex.buffer(hex);
    try {
      return assertThrows(ProtocolException.class, () -> decoder.apply(payload)).getMessage();
    } finally {
      payload.release();
    }
  }

  /**
   * Decodes every proper prefix of a valid payload: the prefixes of the lengths in {@code
   * validLengths} (where the protocol allows trailing fields to be left out) must decode, all others
   * must fail with a {@link ProtocolException} and nothing else.
   */
  static void assertTruncationsFail(String hex, Function<ByteBuf, ?> decoder, Set<Integer> validLengths) {
    byte[] whole = Hex.bytes(hex);
    for (int length = 0; length < whole.length; length++) {
      ByteBuf prefix = Unpooled.wrappedBuffer(Arrays.copyOf(whole, length));
      try {
        decoder.apply(prefix);
        if (!validLengths.contains(length)) {
          fail("prefix of " + length + " of " + whole.length + " bytes decoded (expected: ProtocolException)");
        }
      } catch (ProtocolException e) {
        if (validLengths.contains(length)) {
          fail("prefix of " + length + " of " + whole.length + " bytes failed: " + e.getMessage());
        }
      } finally {
        prefix.release();
      }
    }
  }
}
