package io.asyncmysql.driver;

import java.util.Objects;

/**
 * The base of every failure the driver reports. Each one says, through {@link #delivery()}, how far
 * the failed command got, which decides whether it may be sent again.
 *
 * <p>Thrown directly only for failures none of the subclasses describes.
 */
public class MySqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How far a failed command got before it failed. */
  public enum Delivery {
    /** The command never reached the wire: the server has not seen it, and it is safe to send again. */
    NOT_SENT,
    /**
     * The command was written but its outcome is unknown, e.g. a {@code COMMIT} whose answer was lost
     * with the connection. Sending it again might apply it twice: never retry automatically.
     */
    IN_DOUBT,
    /** The server answered: the command ran, or the server refused it. */
    COMPLETED
  }

  private final Delivery delivery;

  /**
   * Creates a new instance.
   *
   * @param message what went wrong
   * @param delivery how far the failed command got
   */
  public MySqlException(String message, Delivery delivery) {
    this(message, delivery, null);
  }

  /**
   * Creates a new instance with a cause.
   *
   * @param message what went wrong
   * @param delivery how far the failed command got
   * @param cause the failure that caused this one, or {@code null}
   */
  public MySqlException(String message, Delivery delivery, Throwable cause) {
    super(message, cause);
    this.delivery = Objects.requireNonNull(delivery, "delivery");
  }

  /** How far the failed command got before it failed. */
  public final Delivery delivery() {
    return delivery;
  }

  /**
   * Whether the failed command may be sent again as it is, e.g. on another connection. True only
   * when it was {@linkplain Delivery#NOT_SENT never sent}; subclasses answer false where a retry
   * would fail the same way.
   */
  public boolean isRetryable() {
    return delivery == Delivery.NOT_SENT;
  }
}
