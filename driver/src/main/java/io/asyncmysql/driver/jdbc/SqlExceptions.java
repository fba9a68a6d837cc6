package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.MySqlServerException;
import io.asyncmysql.driver.MySqlTimeoutException;
import io.asyncmysql.driver.PacketTooLargeException;
import io.asyncmysql.protocol.type.ValueConversionException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Maps the driver's failures to the {@link SQLException} subclasses JDBC code catches: server errors
 * by SQLSTATE class (vendor code = MySQL error number), connection failures by {@link Delivery}.
 */
final class SqlExceptions {
  private static final int ER_NET_PACKET_TOO_LARGE = 1153;
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
  private static final int ER_LOCK_DEADLOCK = 1213;
  private static final int ER_QUERY_TIMEOUT = 3024;
  private static final int ER_STATEMENT_TIMEOUT = 1969;

  private SqlExceptions() {}

  /**
   * The {@link SQLException} for a failure, unwrapping {@link CompletionException} and {@link
   * ExecutionException}; an {@link SQLException} is returned as it is.
   *
   * @throws Error an {@link Error} is rethrown, never wrapped
   */
  static SQLException of(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return switch (cause) {
      case Error e -> throw e;
      case SQLException e -> e;
      case MySqlServerException e -> server(e);
      case MySqlAuthenticationException e -> new SQLInvalidAuthorizationSpecException(
          e.getMessage(), "28000", e.getCause() instanceof MySqlServerException s ? s.errorCode() : 0, e);
      case MySqlTimeoutException e -> new SQLTimeoutException(e.getMessage(), "HYT00", e);
      case ConnectionClosedException e -> e.delivery() == Delivery.NOT_SENT
          ? new SQLTransientConnectionException(e.getMessage(), "08006", e)
          : new SQLNonTransientConnectionException(e.getMessage(), e.delivery() == Delivery.IN_DOUBT ? "08007" : "08006", e);
      case MySqlProtocolException e -> new SQLNonTransientConnectionException(e.getMessage(), "08S01", e);
      case PacketTooLargeException e -> new SQLNonTransientException(e.getMessage(), "HY000", ER_NET_PACKET_TOO_LARGE, e);
      case MySqlException e -> new SQLNonTransientException(e.getMessage(), "HY000", e);
      case ValueConversionException e -> new SQLDataException(e.getMessage(), "22018", e);
      case TimeoutException e -> new SQLTimeoutException("timed out waiting for the server", "HYT00", e);
      case CancellationException e -> new SQLException("cancelled while waiting for the server", "HY008", e);
      default -> new SQLException(String.valueOf(cause.getMessage()), "HY000", cause);
    };
  }

  /**
   * The failure of opening a connection: a connection failure of the driver's own (the network, a
   * pre-authentication refusal, malformed data) takes SQLSTATE {@code 08001}, "unable to establish";
   * the server's own answers keep theirs.
   */
  static SQLException establishing(SQLException e) {
    if (e.getCause() instanceof MySqlServerException || e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
      return e;
    }
    return e instanceof SQLTransientConnectionException
        ? new SQLTransientConnectionException(e.getMessage(), "08001", e.getCause())
        : new SQLNonTransientConnectionException(e.getMessage(), "08001", e.getCause());
  }

  private static SQLException server(MySqlServerException e) {
    String state = e.sqlState() == null ? "HY000" : e.sqlState();
    String message = e.getMessage();
    int code = e.errorCode();
    if (code == ER_LOCK_DEADLOCK || state.startsWith("40")) {
      return new SQLTransactionRollbackException(message, state, code, e);
    }
    if (code == ER_LOCK_WAIT_TIMEOUT || code == ER_QUERY_TIMEOUT || code == ER_STATEMENT_TIMEOUT) {
      return new SQLTimeoutException(message, state, code, e);
    }
    return switch (state.length() < 2 ? state : state.substring(0, 2)) {
      case "23" -> new SQLIntegrityConstraintViolationException(message, state, code, e);
      case "42" -> new SQLSyntaxErrorException(message, state, code, e);
      case "28" -> new SQLInvalidAuthorizationSpecException(message, state, code, e);
      case "08" -> new SQLNonTransientConnectionException(message, state, code, e);
      case "22" -> new SQLDataException(message, state, code, e);
      case "0A" -> new SQLFeatureNotSupportedException(message, state, code, e);
      default -> new SQLException(message, state, code, e);
    };
  }
}
