package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.Row;
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams the rows of one statement to a single subscriber with back-pressure: rows are decoded as
 * they arrive and buffered until requested; when the buffer reaches {@value #HIGH_WATER} rows the
 * channel stops reading from the socket, so the server waits in TCP flow control, and it reads again
 * once the subscriber has taken the buffer down to {@value #LOW_WATER}. Memory stays bounded whatever
 * the size of the result.
 *
 * <p>Signals run on the connection's event loop: a subscriber must not block in {@code onNext}.
 * Cancelling the subscription kills the statement on the server and discards its remaining rows; the
 * connection stays usable.
 */
final class RowPublisher implements Flow.Publisher<Row>, AbortableSubscription, ResultSink {
  static final int HIGH_WATER = 1024;
  static final int LOW_WATER = 256;

  private final Channel channel;
  private final DecodeOptions decodeOptions;
  private final AtomicBoolean subscribed = new AtomicBoolean();
  private final ArrayDeque<Row> buffer = new ArrayDeque<>();
  private Runnable start;
  private Runnable cancel;
  private Runnable refill;
  private Flow.Subscriber<? super Row> subscriber;
  private ResultColumns columns = ResultColumns.NONE;
  private long demand;
  private boolean done;
  private Throwable failure;
  private boolean cancelled;
  private boolean paused;
  private int maxBuffered;

  RowPublisher(Channel channel, DecodeOptions decodeOptions) {
    this.channel = channel;
    this.decodeOptions = decodeOptions;
  }

  /**
   * Sets what subscribing starts (sending the statement) and what cancelling does (stopping it).
   */
  void bind(Runnable startStatement, Runnable cancelStatement) {
    this.start = startStatement;
    this.cancel = cancelStatement;
  }

  /**
   * Sets what to do when the subscriber wants rows the buffer no longer holds, for results read in
   * batches (cursor fetches); {@code null} for results that simply flow in.
   */
  void refillWith(Runnable fetch) {
    this.refill = fetch;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super Row> s) {
    Objects.requireNonNull(s, "subscriber");
    if (!subscribed.compareAndSet(false, true)) {
      s.onSubscribe(new AbortableSubscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}

        @Override
        public void abort(Throwable reason) {}
      });
      s.onError(new IllegalStateException("a statement's rows can be streamed to one subscriber only"));
      return;
    }
    channel.eventLoop().execute(() -> {
      subscriber = s;
      s.onSubscribe(this);
      start.run();
    });
  }

  @Override
  public void request(long n) {
    channel.eventLoop().execute(() -> {
      if (cancelled || subscriber == null) {
        return;
      }
      if (n <= 0) {
        stop();
        subscriber.onError(new IllegalArgumentException("request: " + n + " (expected: > 0, rule 3.9 of Reactive Streams)"));
        return;
      }
      demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
      drain();
    });
  }

  @Override
  public void cancel() {
    channel.eventLoop().execute(this::stop);
  }

  @Override
  public void abort(Throwable reason) {
    channel.eventLoop().execute(() -> {
      if (!cancelled) {
        stop();
        subscriber.onError(reason);
      }
    });
  }

  @Override
  public void columns(ColumnDefinition[] definitions) {
    columns = new ResultColumns(definitions, decodeOptions);
  }

  @Override
  public void row(ByteBuf payload, boolean binary) {
    ResultRow row = ResultRow.read(columns, payload, binary);
    if (cancelled) {
      return;
    }
    buffer.add(row);
    maxBuffered = Math.max(maxBuffered, buffer.size());
    if (buffer.size() >= HIGH_WATER && !paused) {
      paused = true;
      channel.config().setAutoRead(false);
    }
    drain();
  }

  @Override
  public void end(OkPacket ok, boolean more) {}

  /** The statement's response ended, with {@code error} or {@code null}. Called on the event loop. */
  void finish(Throwable error) {
    if (done) {
      return;
    }
    done = true;
    failure = error;
    resume();
    drain();
  }

  /** Whether the subscriber wants more rows than the buffer holds, and the result has more. */
  boolean wantsMore() {
    return !done && !cancelled && demand > 0 && buffer.size() < LOW_WATER;
  }

  /** The most rows that were ever decoded but not yet delivered. */
  int maxBuffered() {
    return maxBuffered;
  }

  private void drain() {
    while (demand > 0 && !buffer.isEmpty() && !cancelled) {
      demand--;
      subscriber.onNext(buffer.poll());
    }
    if (paused && buffer.size() <= LOW_WATER) {
      resume();
    }
    if (refill != null && wantsMore()) {
      refill.run();
    }
    if (done && buffer.isEmpty() && !cancelled) {
      cancelled = true;
      if (failure != null) {
        subscriber.onError(failure);
      } else {
        subscriber.onComplete();
      }
    }
  }

  private void resume() {
    if (paused) {
      paused = false;
      channel.config().setAutoRead(true);
      channel.read();
    }
  }

  /** Discards the buffered rows and, while the server is still sending, stops the statement. */
  private void stop() {
    boolean running = !cancelled && !done;
    cancelled = true;
    buffer.clear();
    if (running) {
      resume();
      cancel.run();
    }
  }
}
