package io.asyncmysql.benchmarks.compare;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * W1 and W2: {@code inFlight} loops, each issuing the next point select as soon as its last one
 * completes, until the time is up. An asynchronous contestant's loop issues from the completion of its
 * previous statement (no thread waits); a blocking contestant's loop runs on a virtual thread of its
 * own. Each statement's latency is recorded.
 */
final class ClosedLoop {
  private final Contestant contestant;
  private final long deadline;
  private final CountDownLatch finished;
  private final AtomicLong errors = new AtomicLong();
  private final Loop[] loops;

  private ClosedLoop(Contestant contestant, int inFlight, Duration duration) {
    this.contestant = contestant;
    this.deadline = System.nanoTime() + duration.toNanos();
    this.finished = new CountDownLatch(inFlight);
    this.loops = new Loop[inFlight];
  }

  /** Runs the loops for {@code duration} and returns what they did. */
  static Outcome run(Contestant contestant, int inFlight, Duration duration) throws InterruptedException {
    ClosedLoop run = new ClosedLoop(contestant, inFlight, duration);
    long start = System.nanoTime();
    for (int i = 0; i < inFlight; i++) {
      Loop loop = run.new Loop();
      run.loops[i] = loop;
      if (contestant.blocking()) {
        Thread.ofVirtual().start(loop::next);
      } else {
        loop.next();
      }
    }
    run.finished.await();
    long elapsed = System.nanoTime() - start;
    int total = 0;
    for (Loop loop : run.loops) {
      total += loop.count;
    }
    long[] latencies = new long[total];
    int at = 0;
    for (Loop loop : run.loops) {
      System.arraycopy(loop.latencies, 0, latencies, at, loop.count);
      at += loop.count;
    }
    Arrays.sort(latencies);
    return new Outcome(latencies, run.errors.get(), elapsed);
  }

  /**
   * What the loops did.
   *
   * @param latencies every completed statement's latency in nanoseconds, sorted
   * @param errors statements that failed
   * @param elapsedNanos how long the loops ran
   */
  record Outcome(long[] latencies, long errors, long elapsedNanos) {
    long operations() {
      return latencies.length + errors;
    }

    double opsPerSecond() {
      return operations() * 1e9 / elapsedNanos;
    }

    double percentileMicros(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p * latencies.length) - 1)] / 1_000.0;
    }
  }

  /** One loop; only one of its statements is outstanding at a time, so its fields need no locking. */
  private final class Loop {
    long[] latencies = new long[1 << 14];
    int count;

    void next() {
      while (System.nanoTime() < deadline) {
        long issued = System.nanoTime();
        CompletableFuture<Integer> statement = contestant.selectWorld(ThreadLocalRandom.current().nextInt(1, Data.WORLD_ROWS + 1))
            .toCompletableFuture();
        if (!statement.isDone()) {
          statement.whenComplete((value, failure) -> {
            record(issued, failure);
            next();
          });
          return;
        }
        record(issued, statement.isCompletedExceptionally() ? statement.exceptionNow() : null);
      }
      finished.countDown();
    }

    private void record(long issued, Throwable failure) {
      long latency = System.nanoTime() - issued;
      if (failure != null) {
        if (errors.incrementAndGet() == 1) {
          failure.printStackTrace();
        }
        return;
      }
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = latency;
    }
  }
}
