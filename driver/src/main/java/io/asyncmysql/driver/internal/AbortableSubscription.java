package io.asyncmysql.driver.internal;

import java.util.concurrent.Flow;

/** A subscription to a stream of rows that the driver itself may end early, telling the subscriber why. */
public interface AbortableSubscription extends Flow.Subscription {
  /**
   * Cancels the stream and, unless it already ended, fails the subscriber with {@code reason}, in
   * turn with the stream's other signals.
   */
  void abort(Throwable reason);
}
