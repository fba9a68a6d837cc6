package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Notices a server that went silent: a response is due, the channel is reading, and nothing arrived
 * for twice {@code queryTimeout}. A query timeout alone cannot end such a wait, since the {@code KILL
 * QUERY} it sends is answered on the silent connection too (a dead peer, a blackholed network); the
 * connection is then closed, which fails what it was waiting for. Off without a {@code queryTimeout}.
 * Confined to the channel's event loop.
 */
final class SilenceDetector {
  private final Duration limit;
  private long lastHeard = System.nanoTime();

  /** @param queryTimeout the connection's query timeout, or {@code null} or zero for none */
  SilenceDetector(Duration queryTimeout) {
    this.limit = queryTimeout == null || queryTimeout.isZero() ? null : queryTimeout.multipliedBy(2);
  }

  /** Notes that the server sent something. */
  void heard() {
    lastHeard = System.nanoTime();
  }

  /**
   * Checks the channel until it closes.
   *
   * @param awaiting whether a response is due
   * @param silent closes the connection with the exception it is given
   */
  void watch(Channel channel, BooleanSupplier awaiting, Consumer<ConnectionClosedException> silent) {
    if (limit == null) {
      return;
    }
    heard();
    long period = Math.max(TimeUnit.MILLISECONDS.toNanos(10), limit.toNanos() / 4);
    ScheduledFuture<?> timer = channel.eventLoop().scheduleAtFixedRate(() -> {
      if (!awaiting.getAsBoolean() || !channel.config().isAutoRead()) {
        heard();
      } else if (System.nanoTime() - lastHeard > limit.toNanos()) {
        heard();
        silent.accept(new ConnectionClosedException("connection closed: the server sent nothing for " + limit.toMillis()
            + "ms while a response was due (twice queryTimeout)", Delivery.IN_DOUBT));
      }
    }, period, period, TimeUnit.NANOSECONDS);
    channel.closeFuture().addListener(closed -> timer.cancel(false));
  }
}
