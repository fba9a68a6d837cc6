package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.BatchException;
import io.asyncmysql.driver.BatchResult;
import io.asyncmysql.driver.MySqlException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.RowSet;
import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.type.ComStmtBulkExecute;
import io.asyncmysql.protocol.type.ComStmtExecute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * One {@code executeBatch}: plans its commands, issues them all at once (pipelined, so the batch
 * costs about one round trip per command written ahead), and folds their results into one count per
 * row. An {@code INSERT} or {@code REPLACE} of one row of markers is folded, when allowed: into
 * MariaDB's {@code COM_STMT_BULK_EXECUTE}, one per run of rows binding the same types, else into
 * multi-row {@code VALUES} statements of up to {@value #MAX_ROWS_PER_STATEMENT} rows. Either way a
 * command stays below {@code max_allowed_packet} and 16 MiB. Any other statement runs once per row.
 */
final class BatchRun {
  /** Where the commands go; each call issues one command at once. */
  interface Statements {
    /** Issues a statement, prepared when it has parameters. */
    CompletableFuture<RowSet> execute(String sql, Object[] parameters);

    /** Issues a {@code COM_STMT_BULK_EXECUTE} of the prepared statement for the rows. */
    CompletableFuture<RowSet> bulk(String sql, List<Object[]> rows);
  }

  static final int MAX_ROWS_PER_STATEMENT = 1000;
  private static final int MAX_PLACEHOLDERS = 65_535;
  private static final long MAX_COMMAND_BYTES = 16L << 20;
  /** Room left in a command for its header and the packet framing. */
  private static final int HEADROOM = 1024;

  /** Rows {@code from} to {@code from + count} go in one command. */
  private record Chunk(int from, int count) {}

  private BatchRun() {}

  /**
   * Runs the batch. Fails without sending anything when the rows differ in length or hold a value
   * the protocol cannot send; fails with a {@link BatchException} when any command failed.
   */
  static CompletableFuture<BatchResult> run(String sql, List<Object[]> rows, Session session, boolean rewrite, Statements statements) {
    List<Chunk> chunks;
    MultiRowInsert insert = rewrite && rows.size() > 1 ? MultiRowInsert.of(sql) : null;
    boolean bulk = insert != null && insert.parametersPerRow() > 0 && session.has(Capabilities.MARIADB_STMT_BULK_OPERATIONS);
    try {
      checkLengths(rows);
      if (insert != null && insert.parametersPerRow() != rows.getFirst().length) {
        throw new IllegalArgumentException("parameters: " + rows.getFirst().length + " per row (expected: "
            + insert.parametersPerRow() + ", one per ?)");
      }
      chunks = insert == null ? oneEach(rows.size()) : bulk ? bulkRuns(rows, session) : multiRowChunks(rows, session, insert);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    List<CompletableFuture<RowSet>> issued = new ArrayList<>(chunks.size());
    for (Chunk chunk : chunks) {
      Object[] first = rows.get(chunk.from);
      issued.add(chunk.count == 1 ? statements.execute(sql, first)
          : bulk ? statements.bulk(sql, rows.subList(chunk.from, chunk.from + chunk.count))
          : statements.execute(insert.sql(chunk.count), flatten(rows, chunk)));
    }
    boolean oneRowEach = insert != null && insert.oneRowEach();
    CompletableFuture<BatchResult> result = CompletableFuture.allOf(issued.toArray(CompletableFuture[]::new))
        .handle((ignored, failure) -> outcome(rows.size(), chunks, issued, oneRowEach))
        .thenCompose(outcome -> outcome);
    result.whenComplete((ignored, failure) -> {
      if (failure instanceof CancellationException) {
        issued.forEach(command -> command.cancel(false));
      }
    });
    return result;
  }

  private static void checkLengths(List<Object[]> rows) {
    int length = rows.getFirst().length;
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).length != length) {
        throw new IllegalArgumentException("row " + i + ": " + rows.get(i).length + " parameters (expected: " + length + " like row 0)");
      }
    }
  }

  private static List<Chunk> oneEach(int rows) {
    List<Chunk> chunks = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      chunks.add(new Chunk(i, 1));
    }
    return chunks;
  }

  private static List<Chunk> bulkRuns(List<Object[]> rows, Session session) {
    long budget = budget(session);
    List<Chunk> chunks = new ArrayList<>();
    for (int from = 0, count; from < rows.size(); from += count) {
      count = ComStmtBulkExecute.rowsFitting(rows, from, budget, session.charset());
      chunks.add(new Chunk(from, count));
    }
    return chunks;
  }

  private static List<Chunk> multiRowChunks(List<Object[]> rows, Session session, MultiRowInsert insert) {
    long budget = budget(session);
    int maxRows = insert.parametersPerRow() == 0
        ? MAX_ROWS_PER_STATEMENT : Math.min(MAX_ROWS_PER_STATEMENT, MAX_PLACEHOLDERS / insert.parametersPerRow());
    List<Chunk> chunks = new ArrayList<>();
    int from = 0;
    while (from < rows.size()) {
      int count = 0;
      long bytes = 0;
      while (from + count < rows.size() && count < maxRows) {
        bytes += ComStmtExecute.maxLength(rows.get(from + count), session.charset());
        if (count > 0 && bytes > budget) {
          break;
        }
        count++;
      }
      chunks.add(new Chunk(from, count));
      from += count;
    }
    return chunks;
  }

  private static long budget(Session session) {
    return Math.min(session.maxAllowedPacket(), MAX_COMMAND_BYTES) - HEADROOM;
  }

  private static Object[] flatten(List<Object[]> rows, Chunk chunk) {
    int width = rows.get(chunk.from).length;
    Object[] parameters = new Object[width * chunk.count];
    for (int i = 0; i < chunk.count; i++) {
      System.arraycopy(rows.get(chunk.from + i), 0, parameters, i * width, width);
    }
    return parameters;
  }

  /** Every row's count, once every command completed; a {@link BatchException} when one failed. */
  private static CompletableFuture<BatchResult> outcome(int size, List<Chunk> chunks, List<CompletableFuture<RowSet>> issued, boolean oneRowEach) {
    long[] counts = new long[size];
    long affected = 0;
    int warnings = 0;
    Throwable first = null;
    boolean anySent = false;
    boolean inDoubt = false;
    for (int i = 0; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      Object done = issued.get(i).handle((rows, failure) -> failure == null ? rows : Errors.unwrap(failure)).join();
      if (done instanceof RowSet rows && rows.columns().isEmpty()) {
        affected += rows.affectedRows();
        warnings += rows.warnings();
        long each = chunk.count == 1 ? rows.affectedRows() : oneRowEach && rows.affectedRows() == chunk.count ? 1 : BatchResult.SUCCESS_NO_INFO;
        Arrays.fill(counts, chunk.from, chunk.from + chunk.count, each);
        anySent = true;
        continue;
      }
      Throwable failure = done instanceof Throwable t ? t
          : new MySqlException("row " + chunk.from + ": the statement returned a result set (expected: an update count)", Delivery.COMPLETED);
      Arrays.fill(counts, chunk.from, chunk.from + chunk.count, BatchResult.EXECUTE_FAILED);
      Delivery delivery = failure instanceof MySqlException e ? e.delivery() : Delivery.NOT_SENT;
      anySent |= delivery != Delivery.NOT_SENT;
      inDoubt |= delivery == Delivery.IN_DOUBT;
      first = first == null ? failure : first;
    }
    BatchResult result = new BatchResult(counts, affected, warnings);
    if (first == null) {
      return CompletableFuture.completedFuture(result);
    }
    Delivery delivery = inDoubt ? Delivery.IN_DOUBT : anySent ? Delivery.COMPLETED : Delivery.NOT_SENT;
    return CompletableFuture.failedFuture(new BatchException(result, delivery, first));
  }
}
