package io.asyncmysql.driver;

/**
 * The server sent bytes the driver cannot accept: malformed, truncated, out of sequence or not what
 * the protocol allows at that point. When a command fails so, the connection is closed, since nothing
 * it receives afterwards can be trusted. When {@link Row#get(int, Class)} finds a value malformed for
 * its column's type (values are decoded when read), the packets around it were sound and the
 * connection stays usable; the failure's delivery is then {@link Delivery#COMPLETED}.
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
