package io.asyncmysql.driver;

/**
 * The server sent bytes the driver cannot accept: malformed, truncated, out of sequence or not what
 * the protocol allows at that point. The connection is closed, since nothing it receives afterwards
 * can be trusted.
 */
public class MySqlProtocolException extends MySqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a new instance.
   *
   * @param message what was wrong with the bytes
   * @param delivery how far the failed command got; usually {@link Delivery#IN_DOUBT}
   * @param cause the decoder's exception, or {@code null}
   */
  public MySqlProtocolException(String message, Delivery delivery, Throwable cause) {
    super(message, delivery, cause);
  }
}
