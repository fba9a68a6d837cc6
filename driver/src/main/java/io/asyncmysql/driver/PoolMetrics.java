package io.asyncmysql.driver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of a {@link MySqlPool}'s state and counters, taken by {@link MySqlPool#metrics()}.
 *
 * @param active connections borrowed now
 * @param idle connections open and free now
 * @param pending callers waiting for a connection now
 * @param totalCreated connections opened since the pool was created
 * @param totalClosed connections closed since the pool was created (retired, broken or at close)
 * @param acquireTimeouts borrows that failed after {@code acquireTimeout}
 * @param leaksDetected connections reported as held longer than {@code leakDetectionThreshold}
 * @param acquireTime how long borrows waited for a connection
 * @param usageTime how long connections were held, from borrow to return
 */
public record PoolMetrics(
    int active,
    int idle,
    int pending,
    long totalCreated,
    long totalClosed,
    long acquireTimeouts,
    long leaksDetected,
    Histogram acquireTime,
    Histogram usageTime) {

  /** Checks the arguments. */
  public PoolMetrics {
    Objects.requireNonNull(acquireTime, "acquireTime");
    Objects.requireNonNull(usageTime, "usageTime");
  }

  /** The connections open now: {@code active + idle}. */
  public int total() {
    return active + idle;
  }

  /**
   * Durations counted in fixed buckets: {@code counts[i]} counts the durations up to {@code
   * upperBounds[i]} (and above the previous bound); the last count, one more than there are bounds,
   * counts those above the last bound.
   *
   * @param upperBounds the buckets' inclusive upper bounds, ascending
   * @param counts how many durations fell into each bucket
   * @param sum the durations added up
   */
  public record Histogram(List<Duration> upperBounds, List<Long> counts, Duration sum) {
    /**
     * Checks and copies the arguments.
     *
     * @throws IllegalArgumentException if there is not exactly one count more than bounds
     */
    public Histogram {
      upperBounds = List.copyOf(upperBounds);
      counts = List.copyOf(counts);
      Objects.requireNonNull(sum, "sum");
      if (counts.size() != upperBounds.size() + 1) {
        throw new IllegalArgumentException(
            "counts: " + counts.size() + " (expected: " + (upperBounds.size() + 1) + ", one per bound and one above)");
      }
    }

    /** How many durations were counted. */
    public long count() {
      return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** The mean duration, or zero when none was counted. */
    public Duration mean() {
      long count = count();
      return count == 0 ? Duration.ZERO : sum.dividedBy(count);
    }
  }
}
