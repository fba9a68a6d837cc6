package io.asyncmysql.driver.internal.pool;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.MySqlServerException;
import io.asyncmysql.driver.MySqlTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/** One physical connection of the pool, with its age, its idle time and whether it broke. */
final class PoolEntry {
  final MySqlConnection connection;
  private final long createdAt;
  private long idleSince;
  private volatile boolean broken;
  private volatile boolean timedOut;

  PoolEntry(MySqlConnection connection, long now) {
    this.connection = connection;
    this.createdAt = now;
    this.idleSince = now;
  }

  /** Records that the entry became idle; called under the pool's lock. */
  void markIdle(long now) {
    idleSince = now;
  }

  /** How long the entry has been idle (or open, when never returned); read after taking it under the lock. */
  long idleFor(long now) {
    return now - idleSince;
  }

  /** Whether the entry lived longer than {@code maxLifetime}; zero means for ever. */
  boolean outlived(long now, Duration maxLifetime) {
    return !maxLifetime.isZero() && now - createdAt >= maxLifetime.toNanos();
  }

  /**
   * Marks the entry broken when a command failed in a way that leaves the connection unusable,
   * including a server error of SQLSTATE class 08 (e.g. ER 1153 for a packet too large), after
   * which the server closes the connection: the close may still be on its way when the connection
   * comes back. A command the driver refused to write (e.g. one larger than {@code
   * max_allowed_packet}) leaves the connection as it was; a timed-out one (killed on the server)
   * leaves it usable once it answers a ping, see {@link #takeTimedOut()}.
   */
  void noteFailure(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    boolean neverSent = cause instanceof MySqlProtocolException e && e.delivery() == Delivery.NOT_SENT;
    boolean connectionError = cause instanceof MySqlServerException e && e.sqlState() != null && e.sqlState().startsWith("08");
    if (cause instanceof MySqlTimeoutException) {
      timedOut = true;
    } else if (cause instanceof ConnectionClosedException || (cause instanceof MySqlProtocolException && !neverSent) || connectionError) {
      broken = true;
    }
  }

  /** Marks the entry broken: it failed a ping or its cleanup on return. */
  void markBroken() {
    broken = true;
  }

  /** Whether a command timed out since the last call; the connection must then answer a ping before it is lent again. */
  boolean takeTimedOut() {
    boolean was = timedOut;
    timedOut = false;
    return was;
  }

  /** Whether the connection may be lent again: open, and no command broke it. */
  boolean usable() {
    return !broken && connection.isOpen();
  }

  @Override
  public String toString() {
    return connection.toString();
  }
}
