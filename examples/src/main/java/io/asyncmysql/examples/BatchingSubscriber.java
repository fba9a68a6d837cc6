package io.asyncmysql.examples;

import io.asyncmysql.driver.Row;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Reads a stream of one-column numeric rows, asking for {@code batch} rows at a time, and sums them;
 * it samples the heap in use after each batch. Its methods run on the connection's event loop and
 * never block.
 */
final class BatchingSubscriber implements Flow.Subscriber<Row> {
  /** What the stream delivered. */
  record Outcome(long rows, long sum, long peakHeapBytes) {}

  private final int batch;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final CompletableFuture<Outcome> done = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long rows;
  private long sum;
  private long peakHeap;

  BatchingSubscriber(int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch: " + batch + " (expected: at least 1)");
    }
    this.batch = batch;
  }

  /** Completes when the stream ends, or fails with the stream's failure. */
  CompletableFuture<Outcome> done() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(batch);
  }

  @Override
  public void onNext(Row row) {
    sum += row.get(0, Long.class);
    if (++rows % batch == 0) {
      peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
      subscription.request(batch);
    }
  }

  @Override
  public void onError(Throwable failure) {
    done.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    done.complete(new Outcome(rows, sum, Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed())));
  }
}
