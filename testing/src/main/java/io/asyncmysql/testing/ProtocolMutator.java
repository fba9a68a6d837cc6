package io.asyncmysql.testing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Derives fuzzing inputs from valid MySQL protocol bytes the way a broken or hostile server would:
 * flipped bits, bytes replaced with the values the protocol gives meaning to, truncation, extension,
 * forged length-encoded integers and splices of two seeds, several stacked at a time. Deterministic
 * for a given {@link Random}.
 */
public final class ProtocolMutator {
  /** No input grows beyond this, so that one input stays cheap. */
  public static final int MAX_LENGTH = 1 << 16;

  /** Bytes the protocol gives meaning to: NUL, NULL marker, length-encoded prefixes, OK/EOF/ERR headers. */
  private static final byte[] INTERESTING = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x0a, 0x1f, 0x7f, (byte) 0x80, (byte) 0xfa, (byte) 0xfb, (byte) 0xfc, (byte) 0xfd,
    (byte) 0xfe, (byte) 0xff
  };

  /**
   * Length-encoded integers a forged length field may carry: the largest of each width, 2^24,
   * 2^31, 2^32, 2^63 (negative as a long) and 2^64-1.
   */
  private static final List<byte[]> FORGED_LENGTHS =
      List.of("fa", "fcffff", "fdffffff", "fe0000000100000000", "feffffff7f00000000", "fe0000008000000000",
              "fe0000000001000000", "fe0000000000000080", "feffffffffffffffff")
          .stream().map(HexFormat.of()::parseHex).toList();

  private final Random random;
  private final List<byte[]> seeds;

  /**
   * Creates a mutator.
   *
   * @param random the source of every decision
   * @param seeds the valid inputs that splices take their second part from; not empty
   */
  public ProtocolMutator(Random random, List<byte[]> seeds) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("seeds: none (expected: at least one)");
    }
    this.random = random;
    this.seeds = List.copyOf(seeds);
  }

  /** One to four stacked mutations of {@code seed}, at most {@link #MAX_LENGTH} bytes; {@code seed} is not changed. */
  public byte[] mutate(byte[] seed) {
    byte[] input = seed;
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      input = mutateOnce(input);
    }
    return input.length > MAX_LENGTH ? Arrays.copyOf(input, MAX_LENGTH) : input;
  }

  private byte[] mutateOnce(byte[] input) {
    if (input.length == 0) {
      return randomBytes(1 + random.nextInt(8));
    }
    int at = random.nextInt(input.length);
    return switch (random.nextInt(12)) {
      case 0, 1 -> with(input, at, (byte) (input[at] ^ 1 << random.nextInt(8)));
      case 2, 3 -> with(input, at, INTERESTING[random.nextInt(INTERESTING.length)]);
      case 4 -> with(input, at, (byte) random.nextInt(256));
      case 5 -> Arrays.copyOf(input, at);
      case 6 -> concat(input, input.length, randomBytes(1 + random.nextInt(16)), input.length);
      case 7 -> concat(input, at, randomBytes(1 + random.nextInt(4)), at);
      case 8 -> concat(input, at, new byte[0], Math.min(input.length, at + 1 + random.nextInt(8)));
      case 9 -> forgeLength(input, at);
      case 10 -> splice(input, at);
      default -> concat(input, at, Arrays.copyOfRange(input, random.nextInt(at + 1), at + 1), at);
    };
  }

  /** Writes a forged length-encoded integer over the bytes at {@code at}, or inserts it there. */
  private byte[] forgeLength(byte[] input, int at) {
    byte[] length = FORGED_LENGTHS.get(random.nextInt(FORGED_LENGTHS.size()));
    if (random.nextBoolean()) {
      return concat(input, at, length, at);
    }
    return concat(input, at, length, Math.min(input.length, at + length.length));
  }

  /** This input up to {@code at}, then another seed from a random point on. */
  private byte[] splice(byte[] input, int at) {
    byte[] other = seeds.get(random.nextInt(seeds.size()));
    int from = other.length == 0 ? 0 : random.nextInt(other.length);
    return concat(input, at, Arrays.copyOfRange(other, from, other.length), input.length);
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = random.nextInt(3) == 0 ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] with(byte[] input, int at, byte value) {
    byte[] copy = input.clone();
    copy[at] = value;
    return copy;
  }

  /** {@code input} up to {@code headEnd}, then {@code middle}, then {@code input} from {@code tailStart}. */
  private static byte[] concat(byte[] input, int headEnd, byte[] middle, int tailStart) {
    int tail = input.length - tailStart;
    byte[] result = new byte[headEnd + middle.length + tail];
    System.arraycopy(input, 0, result, 0, headEnd);
    System.arraycopy(middle, 0, result, headEnd, middle.length);
    System.arraycopy(input, tailStart, result, headEnd + middle.length, tail);
    return result;
  }
}
