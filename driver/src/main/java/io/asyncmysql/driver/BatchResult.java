package io.asyncmysql.driver;

import java.util.Arrays;

/**
 * The outcome of {@link MySqlConnection#executeBatch}: an update count per row of parameters, in
 * order, as JDBC's {@code executeLargeBatch} reports them.
 */
public final class BatchResult {
  /** The row ran, but how many rows it changed is unknown: it was folded with others into one command. */
  public static final long SUCCESS_NO_INFO = -2;
  /** The row failed, or was folded into a command that failed. */
  public static final long EXECUTE_FAILED = -3;

  private final long[] updateCounts;
  private final long affectedRows;
  private final int warnings;

  /**
   * Creates a new instance.
   *
   * @param updateCounts the count of each row, {@link #SUCCESS_NO_INFO} or {@link #EXECUTE_FAILED};
   *     copied
   * @param affectedRows the rows changed by the whole batch, as the server counted them
   * @param warnings the warnings of the whole batch
   */
  public BatchResult(long[] updateCounts, long affectedRows, int warnings) {
    this.updateCounts = updateCounts.clone();
    this.affectedRows = affectedRows;
    this.warnings = warnings;
  }

  /** The number of rows of parameters. */
  public int size() {
    return updateCounts.length;
  }

  /** The update count of one row, {@link #SUCCESS_NO_INFO} or {@link #EXECUTE_FAILED}. */
  public long updateCount(int row) {
    return updateCounts[row];
  }

  /** Every row's update count, in order; a copy. */
  public long[] updateCounts() {
    return updateCounts.clone();
  }

  /** The rows the whole batch changed, inserted or deleted, as the server counted them. */
  public long affectedRows() {
    return affectedRows;
  }

  /** The number of warnings the batch raised. */
  public int warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "BatchResult[rows=" + updateCounts.length + ", affectedRows=" + affectedRows + ", warnings=" + warnings
        + ", updateCounts=" + Arrays.toString(updateCounts.length > 16 ? Arrays.copyOf(updateCounts, 16) : updateCounts)
        + (updateCounts.length > 16 ? "…" : "") + "]";
  }
}
