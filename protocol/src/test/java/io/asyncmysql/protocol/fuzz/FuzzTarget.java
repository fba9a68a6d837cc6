package io.asyncmysql.protocol.fuzz;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A decoder under fuzzing: its seeds, the exceptions it may end in, and how to run it on one input.
 *
 * @param name the decoder, as in the report
 * @param weight its share of the iterations, relative to the other targets
 * @param seeds valid inputs to mutate
 * @param runner runs one input
 */
record FuzzTarget(String name, int weight, List<Seed> seeds, Runner runner) {
  /** Runs one input; throws on any outcome the target does not allow. */
  interface Runner {
    /**
     * Runs one input.
     *
     * @param choices the packed {@link Choices}
     * @param random for choices that do not change the outcome, such as buffer shapes
     * @param kinds where the kinds of outcome seen are added
     */
    void run(byte[] input, int choices, Random random, Set<String> kinds);
  }

  /** Decodes one payload buffer. */
  interface PayloadDecoder {
    void decode(ByteBuf payload, Choices choices, Probe probe);
  }

  /** Decodes the input bytes, however the target needs them. */
  interface BytesDecoder {
    void decode(byte[] input, Choices choices, Probe probe);
  }

  /**
   * A target that reads a payload buffer. Each input is decoded twice, in a plain buffer and in one
   * of the other {@link Buffers}, which must agree on every step and on the bytes consumed; and the
   * decoder must leave the buffer's reference count alone.
   */
  static FuzzTarget payload(
      String name, int weight, List<Seed> seeds, Set<Class<? extends Throwable>> allowed, PayloadDecoder decoder) {
    return new FuzzTarget(name, weight, seeds, (input, choices, random, kinds) -> {
      List<String> plain = decodeIn(Buffers.PLAIN, input, choices, random, allowed, kinds, decoder);
      Buffers other = Buffers.values()[1 + random.nextInt(Buffers.values().length - 1)];
      List<String> shaped = decodeIn(other, input, choices, random, allowed, kinds, decoder);
      if (!plain.equals(shaped)) {
        throw new AssertionError(
            "decoding differs in a " + other + " buffer:\n  PLAIN: " + plain + "\n  " + other + ": " + shaped);
      }
    });
  }

  /** A target that takes the input bytes as they are. */
  static FuzzTarget bytes(
      String name, int weight, List<Seed> seeds, Set<Class<? extends Throwable>> allowed, BytesDecoder decoder) {
    return new FuzzTarget(
        name, weight, seeds, (input, choices, random, kinds) ->
            decoder.decode(input, new Choices(choices), new Probe(allowed, kinds)));
  }

  private static List<String> decodeIn(
      Buffers shape,
      byte[] input,
      int choices,
      Random random,
      Set<Class<? extends Throwable>> allowed,
      Set<String> kinds,
      PayloadDecoder decoder) {
    ByteBuf payload = shape.wrap(input, random);
    try {
      int start = payload.readerIndex();
      Probe probe = new Probe(allowed, kinds);
      decoder.decode(payload, new Choices(choices), probe);
      if (payload.refCnt() != 1) {
        throw new AssertionError("reference count after decoding: " + payload.refCnt() + " (expected: 1)");
      }
      List<String> steps = new ArrayList<>(probe.steps());
      steps.add("consumed " + (payload.readerIndex() - start));
      return steps;
    } finally {
      payload.release();
    }
  }
}
