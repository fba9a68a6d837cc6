package io.asyncmysql.driver;

import io.asyncmysql.driver.MixedWorkload.Steps;
import io.asyncmysql.driver.MixedWorkload.Wait;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@link MixedWorkload} through the JDBC adapter, as blocking code on virtual threads writes it:
 * {@code getConnection()}, prepared statements, a streamed result set ({@code setFetchSize}) and a
 * transaction with auto-commit off; {@code close()} gives the connection back, rolling back what was
 * not committed. Every blocking call is timed against its bound.
 */
final class JdbcOperations implements MixedWorkload.Operations {
  private static final int FETCH_SIZE = 256;

  private final DataSource dataSource;

  JdbcOperations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<String> lookup(int n, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      return steps.call(Wait.STATEMENT, () -> {
        try (PreparedStatement ps = loan.connection.prepareStatement(MixedWorkload.LOOKUP)) {
          ps.setInt(1, n);
          List<String> values = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              values.add(rs.getString(1));
            }
          }
          return values;
        }
      });
    }
  }

  @Override
  public void insert(UUID id, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      insert(loan.connection, id, "single", steps);
    }
  }

  @Override
  public RowCounter.Count stream(boolean cursor, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      if (!cursor) {
        try (Statement statement = loan.connection.createStatement()) {
          statement.setFetchSize(FETCH_SIZE);
          return count(steps.call(Wait.STREAM, () -> statement.executeQuery(MixedWorkload.TEXT_STREAM)), steps);
        }
      }
      try (PreparedStatement ps = loan.connection.prepareStatement(MixedWorkload.CURSOR_STREAM)) {
        ps.setFetchSize(FETCH_SIZE);
        ps.setInt(1, 0);
        return count(steps.call(Wait.STREAM, ps::executeQuery), steps);
      }
    }
  }

  @Override
  public void transaction(UUID first, UUID second, Steps steps) throws Exception {
    try (Loan loan = borrow(steps)) {
      steps.call(Wait.STATEMENT, () -> {
        loan.connection.setAutoCommit(false);
        return null;
      });
      insert(loan.connection, first, "tx", steps);
      insert(loan.connection, second, "tx", steps);
      steps.call(Wait.STATEMENT, () -> {
        loan.connection.commit();
        return null;
      });
    }
  }

  private static void insert(Connection connection, UUID id, String kind, Steps steps) throws Exception {
    steps.call(Wait.STATEMENT, () -> {
      try (PreparedStatement ps = connection.prepareStatement(MixedWorkload.INSERT)) {
        ps.setBytes(1, MixedWorkload.bytes(id));
        ps.setString(2, kind);
        return ps.executeUpdate();
      }
    });
  }

  /** Reads a streamed result set to its end, each {@code next()} a wait for rows: how many rows, and the sum of column 1. */
  private static RowCounter.Count count(ResultSet streamed, Steps steps) throws Exception {
    try (ResultSet rs = streamed) {
      long rows = 0;
      long sum = 0;
      while (steps.call(Wait.STREAM, rs::next)) {
        rows++;
        sum += rs.getLong(1);
      }
      return new RowCounter.Count(rows, sum);
    }
  }

  private Loan borrow(Steps steps) throws Exception {
    return new Loan(steps.call(Wait.BORROW, dataSource::getConnection), steps);
  }

  /** A JDBC connection whose {@code close()}, by try-with-resources, is timed against the bound of a return. */
  private record Loan(Connection connection, Steps steps) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      steps.call(Wait.RETURN, () -> {
        connection.close();
        return null;
      });
    }
  }
}
