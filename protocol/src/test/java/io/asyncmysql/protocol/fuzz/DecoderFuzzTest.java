package io.asyncmysql.protocol.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.asyncmysql.protocol.type.ColumnType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every decoder, fed mutations of valid input, ends in a result or in the exception it documents
 * ({@code ProtocolException}; {@code ValueConversionException} for value conversions; {@code
 * AuthenticationException} for auth), without leaking buffers or allocating by forged lengths.
 *
 * <p>{@code -Dasyncmysql.fuzz.iterations} sets the number of inputs, shared among the decoders by
 * weight; {@code -Dasyncmysql.fuzz.seed} the seed. {@code mvn -Pfuzz} runs a million.
 */
class DecoderFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("asyncmysql.fuzz.iterations", 50_000);
  private static final long SEED = Long.getLong("asyncmysql.fuzz.seed", 20_261_123L);
  private static final int BATCH = 1_000;
  /** Far longer than a batch takes; only a decoder that never ends exceeds it. */
  private static final Duration BATCH_LIMIT = Duration.ofMinutes(2);

  private static final AtomicInteger INPUTS = new AtomicInteger();
  private static final AtomicInteger FAILURES = new AtomicInteger();
  private static final Set<String> OUTCOMES = ConcurrentHashMap.newKeySet();

  static List<FuzzTarget> targets() {
    List<FuzzTarget> targets = new ArrayList<>(MessageTargets.all());
    targets.add(FramingTarget.target());
    targets.addAll(TypeTargets.all());
    targets.addAll(AuthTargets.all());
    return targets;
  }

  @TestFactory
  Stream<DynamicTest> everyDecoderEndsInAResultOrItsDocumentedException() {
    List<FuzzTarget> targets = targets();
    int totalWeight = targets.stream().mapToInt(FuzzTarget::weight).sum();
    return targets.stream()
        .map(target -> {
          int iterations = (int) ((long) ITERATIONS * target.weight() / totalWeight);
          return dynamicTest(target.name(), () -> fuzz(target, iterations));
        });
  }

  @Test
  void samplesCoverEveryColumnType() {
    Set<ColumnType> covered = EnumSet.noneOf(ColumnType.class);
    Samples.ALL.forEach(sample -> covered.add(sample.column().type()));
    assertEquals(EnumSet.allOf(ColumnType.class), covered);
  }

  @AfterAll
  static void report() {
    System.out.println("fuzz: " + INPUTS + " inputs, " + OUTCOMES.size() + " distinct outcomes, " + FAILURES + " failures");
  }

  private static void fuzz(FuzzTarget target, int iterations) {
    Fuzzer fuzzer = new Fuzzer(target, SEED);
    int total = Math.max(iterations, target.seeds().size());
    while (fuzzer.inputs() < total && fuzzer.failures().isEmpty()) {
      int batch = Math.min(BATCH, total - fuzzer.inputs());
      assertTimeoutPreemptively(BATCH_LIMIT, () -> fuzzer.run(batch), () -> "no end to decoding " + fuzzer.current());
    }
    INPUTS.addAndGet(fuzzer.inputs());
    fuzzer.kinds().forEach(kind -> OUTCOMES.add(target.name() + ": " + kind));
    List<Throwable> failures = fuzzer.failures();
    FAILURES.addAndGet(failures.size());
    if (!failures.isEmpty()) {
      String messages = failures.stream().map(Throwable::getMessage).collect(Collectors.joining("\n\n"));
      AssertionError error = new AssertionError(failures.size() + " failure(s):\n\n" + messages, failures.get(0));
      failures.stream().skip(1).forEach(error::addSuppressed);
      throw error;
    }
  }
}
