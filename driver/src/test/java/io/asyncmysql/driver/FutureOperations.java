package io.asyncmysql.driver;

import io.asyncmysql.driver.MixedWorkload.Steps;
import io.asyncmysql.driver.MixedWorkload.Wait;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@link MixedWorkload} on the Future API: each operation borrows a connection from the pool,
 * runs its statements or its stream on it, and gives it back, every future waited for on its own.
 * A transaction that fails is rolled back by the return.
 */
final class FutureOperations implements MixedWorkload.Operations {
  private final MySqlPool pool;

  FutureOperations(MySqlPool pool) {
    this.pool = pool;
  }

  @Override
  public List<String> lookup(int n, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      RowSet rows = steps.await(Wait.STATEMENT, loan.connection.query(MixedWorkload.LOOKUP, n));
      List<String> values = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        values.add(rows.get(i).get(0, String.class));
      }
      return values;
    }
  }

  @Override
  public void insert(UUID id, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      steps.await(Wait.STATEMENT, loan.connection.query(MixedWorkload.INSERT, MixedWorkload.bytes(id), "single"));
    }
  }

  @Override
  public RowCounter.Count stream(boolean cursor, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      RowCounter counter = new RowCounter();
      (cursor ? loan.connection.stream(MixedWorkload.CURSOR_STREAM, 0) : loan.connection.stream(MixedWorkload.TEXT_STREAM)).subscribe(counter);
      return steps.await(counter);
    }
  }

  @Override
  public void transaction(UUID first, UUID second, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      steps.await(Wait.STATEMENT, loan.connection.begin());
      steps.await(Wait.STATEMENT, loan.connection.query(MixedWorkload.INSERT, MixedWorkload.bytes(first), "tx"));
      steps.await(Wait.STATEMENT, loan.connection.query(MixedWorkload.INSERT, MixedWorkload.bytes(second), "tx"));
      steps.await(Wait.STATEMENT, loan.connection.commit());
    }
  }

  private Loan borrow(Steps steps) throws Exception {
    return new Loan(steps.await(Wait.BORROW, pool.acquire()), steps);
  }

  /** A borrowed connection that try-with-resources gives back, waiting for that within its bound. */
  private record Loan(MySqlConnection connection, Steps steps) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      steps.await(Wait.RETURN, connection.close());
    }
  }
}
