package io.asyncmysql.driver;

/**
 * The connection was closed before the command completed: by the application, by the server, or
 * because the network failed. Commands still queued fail with {@link Delivery#NOT_SENT}; the one on
 * the wire fails with {@link Delivery#IN_DOUBT}.
 */
public class ConnectionClosedException extends MySqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a new instance.
   *
   * @param message why the connection closed
   * @param delivery how far the failed command got
   */
  public ConnectionClosedException(String message, Delivery delivery) {
    super(message, delivery);
  }

  /**
   * Creates a new instance with a cause.
   *
   * @param message why the connection closed
   * @param delivery how far the failed command got
   * @param cause the I/O failure that closed it, or {@code null}
   */
  public ConnectionClosedException(String message, Delivery delivery, Throwable cause) {
    super(message, delivery, cause);
  }
}
