package io.asyncmysql.driver;

/**
 * Some rows of a batch failed. The other rows ran anyway (their commands were already on the wire);
 * {@link #result()} tells which: failed rows count {@link BatchResult#EXECUTE_FAILED}. The cause is
 * the first failure, e.g. a {@link MySqlServerException} with the server's code and SQLSTATE, or an
 * {@link IllegalArgumentException} for a row that does not fit the statement.
 */
public class BatchException extends MySqlException {
  private static final long serialVersionUID = 1L;

  private final transient BatchResult result;

  /**
   * Creates a new instance.
   *
   * @param result every row's outcome
   * @param delivery how far the batch got: {@link Delivery#NOT_SENT} only when no row was sent
   * @param cause the first failure
   */
  public BatchException(BatchResult result, Delivery delivery, Throwable cause) {
    super("batch of " + result.size() + " rows: " + cause.getMessage(), delivery, cause);
    this.result = result;
  }

  /** Every row's outcome: a count, {@link BatchResult#SUCCESS_NO_INFO} or {@link BatchResult#EXECUTE_FAILED}. */
  public BatchResult result() {
    return result;
  }
}
