package io.asyncmysql.driver;

import java.time.Duration;
import java.util.Objects;

/**
 * A connection attempt or a command took longer than its timeout, e.g. {@code query timed out after
 * 5s (queryTimeout)}. A timed-out command is killed on the server ({@code KILL QUERY}) and its
 * connection goes on once the server answered; a connection whose server stays silent for twice the
 * query timeout is closed.
 */
public class MySqlTimeoutException extends MySqlException {
  private static final long serialVersionUID = 1L;

  /** What timed out. */
  public enum Kind {
    /** Establishing the connection: TCP connect, TLS and authentication; see {@code connectTimeout}. */
    CONNECT("connect", "connectTimeout"),
    /** A command, from being written until its last result arrived; see {@code queryTimeout}. */
    QUERY("query", "queryTimeout");

    private final String what;
    private final String option;

    Kind(String what, String option) {
      this.what = what;
      this.option = option;
    }
  }

  private final Kind kind;
  private final Duration timeout;

  /**
   * Creates a new instance.
   *
   * @param kind what timed out
   * @param timeout the timeout that elapsed
   * @param delivery how far the failed command got: {@link Delivery#NOT_SENT} for a connect timeout or
   *     a command still queued, {@link Delivery#IN_DOUBT} for a command already written
   */
  public MySqlTimeoutException(Kind kind, Duration timeout, Delivery delivery) {
    super(message(kind, timeout), delivery);
    this.kind = kind;
    this.timeout = timeout;
  }

  /** What timed out. */
  public Kind kind() {
    return kind;
  }

  /** The timeout that elapsed. */
  public Duration timeout() {
    return timeout;
  }

  private static String message(Kind kind, Duration timeout) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(timeout, "timeout");
    return kind.what + " timed out after " + Durations.format(timeout) + " (" + kind.option + ")";
  }
}
