package io.asyncmysql.driver;

/**
 * The pool had no connection to lend: too many callers were already waiting ({@code maxWaiters}), or,
 * as {@link PoolTimeoutException}, none came free in time. Nothing was sent; trying again later may
 * succeed.
 */
public class PoolExhaustedException extends MySqlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a new instance.
   *
   * @param message how many connections were in use and how many callers waited
   */
  public PoolExhaustedException(String message) {
    super(message, Delivery.NOT_SENT);
  }
}
