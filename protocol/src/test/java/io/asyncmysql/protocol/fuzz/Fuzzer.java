package io.asyncmysql.protocol.fuzz;

import io.asyncmysql.testing.ProtocolMutator;
import io.netty.buffer.ByteBufUtil;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Feeds one target its seeds, then mutations of them, and collects what went wrong. Deterministic:
 * the inputs depend only on the fuzz seed and the target's name, so input {@code #i} of a failure
 * report comes back with the same seed.
 *
 * <p>Besides the target's own checks, every input must stay within an allocation budget: a decoder
 * that sizes a buffer or an array by a forged length field allocates far more than the input it
 * was given, and is caught here before it would exhaust a real heap.
 */
final class Fuzzer {
  /** What one input may allocate beyond {@value #BYTES_PER_INPUT_BYTE} bytes per input byte. */
  static final long ALLOCATION_ALLOWANCE = 8L << 20;

  static final int BYTES_PER_INPUT_BYTE = 64;

  private static final int MAX_FAILURES = 10;
  private static final int HEX_LIMIT = 4096;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final FuzzTarget target;
  private final long seed;
  private final Random random;
  private final ProtocolMutator mutator;
  private final Set<String> kinds = new HashSet<>();
  private final List<Throwable> failures = new ArrayList<>();
  private int inputs;
  private volatile String current = "none";

  Fuzzer(FuzzTarget target, long seed) {
    this.target = target;
    this.seed = seed;
    this.random = new Random(seed * 31 + target.name().hashCode());
    this.mutator = new ProtocolMutator(random, target.seeds().stream().map(Seed::bytes).toList());
  }

  /** Runs the next {@code count} inputs; the first inputs are the seeds as they are. */
  void run(int count) {
    List<Seed> seeds = target.seeds();
    for (int i = 0; i < count && failures.size() < MAX_FAILURES; i++, inputs++) {
      boolean asIs = inputs < seeds.size();
      Seed from = asIs ? seeds.get(inputs) : seeds.get(random.nextInt(seeds.size()));
      byte[] input = asIs || random.nextInt(32) == 0 ? from.bytes() : mutator.mutate(from.bytes());
      int choices = asIs || random.nextInt(4) != 0 ? from.choices(random.nextInt()) : random.nextInt() >>> 1;
      runOne(input, choices);
    }
  }

  private void runOne(byte[] input, int choices) {
    current = describeInput(input, choices);
    long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    try {
      target.runner().run(input, choices, random, kinds);
    } catch (Throwable e) {
      failures.add(new AssertionError(current + "\n" + e, e));
      return;
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
    if (allocated > ALLOCATION_ALLOWANCE + (long) BYTES_PER_INPUT_BYTE * input.length) {
      failures.add(new AssertionError(current + "\nallocated " + allocated + " bytes for " + input.length + " input bytes"));
    }
  }

  private String describeInput(byte[] input, int choices) {
    String hex = ByteBufUtil.hexDump(input, 0, Math.min(input.length, HEX_LIMIT));
    return target.name() + " input #" + inputs + " (-Dasyncmysql.fuzz.seed=" + seed + ", choices " + choices + "), "
        + input.length + " bytes" + (input.length > HEX_LIMIT ? ", the first " + HEX_LIMIT : "") + ":\n" + hex;
  }

  /** The input being run, for a report when it does not end. */
  String current() {
    return current;
  }

  int inputs() {
    return inputs;
  }

  /** The kinds of outcome seen so far, see {@link Probe}. */
  Set<String> kinds() {
    return kinds;
  }

  /** What went wrong, at most {@value #MAX_FAILURES}. */
  List<Throwable> failures() {
    return failures;
  }
}
