package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.internal.AbortableSubscription;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream of rows through a loan. From subscription to its end it counts as one of the loan's
 * running commands, so the connection goes back to the pool only after it; a failure that breaks the
 * connection is noted; and a stream still open when the loan closes is aborted (cancelled, its
 * subscriber failed with an {@link IllegalStateException}), so that the next borrower does not wait
 * behind rows nobody reads.
 */
final class LoanStream implements Flow.Publisher<Row> {
  private final PooledConnection loan;
  private final Flow.Publisher<Row> rows;

  LoanStream(PooledConnection loan, Flow.Publisher<Row> rows) {
    this.loan = loan;
    this.rows = rows;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super Row> subscriber) {
    if (!loan.enter()) {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      subscriber.onError(loan.alreadyReturned("stream()"));
      return;
    }
    rows.subscribe(new Relay(subscriber));
  }

  /** Passes the signals on and reports the stream's end to the loan, once. */
  private final class Relay implements Flow.Subscriber<Row>, AbortableSubscription {
    private final Flow.Subscriber<? super Row> downstream;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile AbortableSubscription upstream;

    Relay(Flow.Subscriber<? super Row> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      upstream = (AbortableSubscription) subscription;
      loan.track(this);
      downstream.onSubscribe(this);
      if (loan.isClosed()) {
        abort(loan.alreadyReturned("stream"));
      }
    }

    @Override
    public void onNext(Row row) {
      downstream.onNext(row);
    }

    @Override
    public void onError(Throwable failure) {
      end(failure);
      downstream.onError(failure);
    }

    @Override
    public void onComplete() {
      end(null);
      downstream.onComplete();
    }

    @Override
    public void request(long n) {
      upstream.request(n);
    }

    @Override
    public void cancel() {
      upstream.cancel();
      end(null);
    }

    /** The loan closed: the subscriber learns of it through {@link #onError}, which ends the stream. */
    @Override
    public void abort(Throwable reason) {
      upstream.abort(reason);
    }

    private void end(Throwable failure) {
      if (ended.compareAndSet(false, true)) {
        loan.streamEnded(this, failure);
      }
    }
  }
}
