package io.asyncmysql.driver;

/** The pool was closed: it lends no more connections. Nothing was sent. */
public class PoolClosedException extends MySqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a new instance.
   *
   * @param message what could not be done
   */
  public PoolClosedException(String message) {
    super(message, Delivery.NOT_SENT);
  }

  /** False: a closed pool stays closed. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
