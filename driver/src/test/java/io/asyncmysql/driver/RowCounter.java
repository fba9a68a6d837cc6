package io.asyncmysql.driver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Takes every row of a stream at once and completes with how many there were and the sum of column
 * 0; notes when the stream last signalled.
 */
final class RowCounter implements Flow.Subscriber<Row> {
  /** The stream's size and the sum of its first column. */
  record Count(long rows, long sum) {}

  final CompletableFuture<Count> done = new CompletableFuture<>();
  private volatile long rows;
  private long sum;
  private volatile boolean subscribed;
  private volatile long lastSignal = System.nanoTime();

  /** When, in {@link System#nanoTime()}, the stream last signalled; creation counts as the first signal. */
  long lastSignal() {
    return lastSignal;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    lastSignal = System.nanoTime();
    subscribed = true;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public String toString() {
    return "(subscribed " + subscribed + ", " + rows + " rows" + (done.isDone() ? "" : ", not done") + ")";
  }

  @Override
  public void onNext(Row row) {
    lastSignal = System.nanoTime();
    rows++;
    sum += row.get(0, Long.class);
  }

  @Override
  public void onError(Throwable failure) {
    lastSignal = System.nanoTime();
    done.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    lastSignal = System.nanoTime();
    done.complete(new Count(rows, sum));
  }
}
