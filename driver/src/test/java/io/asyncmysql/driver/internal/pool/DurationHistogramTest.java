package io.asyncmysql.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.driver.PoolMetrics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {
  @Test
  void countsEachDurationInTheFirstBucketThatHoldsIt() {
    DurationHistogram histogram = new DurationHistogram();
    histogram.record(-5);
    histogram.record(100_000);
    histogram.record(100_001);
    histogram.record(2_000_000);
    histogram.record(Duration.ofMinutes(1).toNanos());
    PoolMetrics.Histogram snapshot = histogram.snapshot();
    assertEquals(Duration.ofNanos(100_000), snapshot.upperBounds().get(0));
    assertEquals(Duration.ofSeconds(30), snapshot.upperBounds().get(snapshot.upperBounds().size() - 1));
    List<Long> counts = snapshot.counts();
    assertEquals(2L, counts.get(0));
    assertEquals(1L, counts.get(1));
    assertEquals(1L, counts.get(3));
    assertEquals(1L, counts.get(counts.size() - 1));
    assertEquals(5, snapshot.count());
    assertEquals(Duration.ofNanos(100_000 + 100_001 + 2_000_000 + Duration.ofMinutes(1).toNanos()), snapshot.sum());
    assertEquals(snapshot.sum().dividedBy(5), snapshot.mean());
  }

  @Test
  void aWithdrawnDurationLeavesItsBucketAndTheSum() {
    DurationHistogram histogram = new DurationHistogram();
    histogram.record(2_000_000);
    histogram.record(3_000_000);
    histogram.withdraw(2_000_000);
    PoolMetrics.Histogram snapshot = histogram.snapshot();
    assertEquals(1, snapshot.count());
    assertEquals(1L, snapshot.counts().get(3));
    assertEquals(Duration.ofMillis(3), snapshot.sum());
  }

  @Test
  void anEmptyHistogramHasAZeroMeanAndTheSnapshotChecksItsShape() {
    assertEquals(Duration.ZERO, new DurationHistogram().snapshot().mean());
    assertEquals("counts: 1 (expected: 2, one per bound and one above)", assertThrows(IllegalArgumentException.class,
        () -> new PoolMetrics.Histogram(List.of(Duration.ofMillis(1)), List.of(0L), Duration.ZERO)).getMessage());
  }
}
