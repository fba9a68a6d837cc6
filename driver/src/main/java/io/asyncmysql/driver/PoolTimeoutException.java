package io.asyncmysql.driver;

import java.time.Duration;
import java.util.Objects;

/** No connection came free within the pool's {@code acquireTimeout}. Nothing was sent. */
public class PoolTimeoutException extends PoolExhaustedException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  /**
   * Creates a new instance.
   *
   * @param timeout the acquire timeout that elapsed
   * @param inUse how many connections were borrowed at that moment
   * @param waiting how many other callers were waiting
   */
  public PoolTimeoutException(Duration timeout, int inUse, int waiting) {
    super("no connection available within " + Durations.format(Objects.requireNonNull(timeout, "timeout"))
        + " (acquireTimeout): " + inUse + " in use, " + waiting + " other callers waiting");
    this.timeout = timeout;
  }

  /** The acquire timeout that elapsed. */
  public Duration timeout() {
    return timeout;
  }
}
