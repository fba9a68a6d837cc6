package io.asyncmysql.driver;

/**
 * The driver refused something the server asked for because the options do not allow it, e.g. a
 * {@code LOAD DATA LOCAL INFILE} file request while {@code allowLocalInfile} is off or for a file
 * outside {@code localInfileDirectory}. Never {@linkplain #isRetryable() retryable}: asking again
 * would be refused again.
 */
public class MySqlSecurityException extends MySqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a new instance.
   *
   * @param message what was refused and which option would allow it
   * @param delivery how far the failed command got
   */
  public MySqlSecurityException(String message, Delivery delivery) {
    super(message, delivery);
  }

  /** Always false: the same request would be refused again. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
