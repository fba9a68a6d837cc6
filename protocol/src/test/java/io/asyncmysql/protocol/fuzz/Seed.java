package io.asyncmysql.protocol.fuzz;

import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;

/**
 * A valid input a target starts from: its bytes, and the first of its {@link Choices} when the bytes
 * only make sense with it (a binary DATE cell goes with a DATE column).
 *
 * @param bytes the input
 * @param firstChoice the first choice, from 0 to {@code choices - 1}
 * @param choices how many values the first choice has; 1 when the seed does not care
 */
record Seed(byte[] bytes, int firstChoice, int choices) {
  /** A seed that leaves every choice free. */
  static Seed of(byte[] bytes) {
    return new Seed(bytes, 0, 1);
  }

  /** A seed of hex pairs; spaces are ignored. */
  static Seed hex(String hex) {
    return of(bytes(hex));
  }

  /** The packed choices for this seed: {@code random} with the first choice replaced. */
  int choices(int random) {
    int free = (random >>> 1) / choices;
    return free * choices + firstChoice;
  }

  static byte[] bytes(String hex) {
    return ByteBufUtil.decodeHexDump(hex.replaceAll("\\s", ""));
  }

  /** Hex for the bytes of an ASCII string, to build fixtures readably. */
  static String ascii(String text) {
    return ByteBufUtil.hexDump(text.getBytes(StandardCharsets.US_ASCII));
  }
}
