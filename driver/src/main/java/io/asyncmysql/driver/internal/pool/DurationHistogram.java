package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.PoolMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** Counts durations in fixed buckets from 100µs to 30s, without locks. */
final class DurationHistogram {
  private static final long[] BOUNDS = {
      100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000, 100_000_000, 500_000_000,
      1_000_000_000, 5_000_000_000L, 10_000_000_000L, 30_000_000_000L};
  private static final List<Duration> UPPER_BOUNDS = Arrays.stream(BOUNDS).mapToObj(Duration::ofNanos).toList();

  private final AtomicLongArray counts = new AtomicLongArray(BOUNDS.length + 1);
  private final LongAdder sum = new LongAdder();

  /** Counts one duration, in nanoseconds; a negative one counts as zero. */
  void record(long nanos) {
    long duration = Math.max(0, nanos);
    counts.incrementAndGet(bucket(duration));
    sum.add(duration);
  }

  /** Takes back a duration {@linkplain #record recorded} before, when what it timed did not happen after all. */
  void withdraw(long nanos) {
    long duration = Math.max(0, nanos);
    counts.decrementAndGet(bucket(duration));
    sum.add(-duration);
  }

  private static int bucket(long duration) {
    int bucket = 0;
    while (bucket < BOUNDS.length && duration > BOUNDS[bucket]) {
      bucket++;
    }
    return bucket;
  }

  PoolMetrics.Histogram snapshot() {
    List<Long> values = new ArrayList<>(counts.length());
    for (int i = 0; i < counts.length(); i++) {
      values.add(counts.get(i));
    }
    return new PoolMetrics.Histogram(UPPER_BOUNDS, values, Duration.ofNanos(sum.sum()));
  }
}
