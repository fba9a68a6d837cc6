package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.MySqlServerException;
import io.asyncmysql.driver.MySqlTimeoutException;
import io.asyncmysql.driver.PacketTooLargeException;
import io.asyncmysql.driver.SslMode;
import io.asyncmysql.protocol.type.ValueConversionException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class SqlExceptionsTest {
  private static SQLException server(int code, String state) {
    return SqlExceptions.of(new CompletionException(new MySqlServerException(code, state, "message")));
  }

  @Test
  void serverErrorsMapBySqlStateClassWithTheErrorCodeAsVendorCode() {
    SQLException duplicate = assertInstanceOf(SQLIntegrityConstraintViolationException.class, server(1062, "23000"));
    assertEquals("23000", duplicate.getSQLState());
    assertEquals(1062, duplicate.getErrorCode());
    assertEquals("message [1062, SQLSTATE 23000]", duplicate.getMessage());
    assertInstanceOf(SQLSyntaxErrorException.class, server(1064, "42000"));
    assertInstanceOf(SQLSyntaxErrorException.class, server(1146, "42S02"));
    assertInstanceOf(SQLTransactionRollbackException.class, server(1213, "40001"));
    assertInstanceOf(SQLTimeoutException.class, server(1205, "HY000"));
    assertInstanceOf(SQLTimeoutException.class, server(3024, "HY000"));
    assertInstanceOf(SQLInvalidAuthorizationSpecException.class, server(1045, "28000"));
    assertInstanceOf(SQLNonTransientConnectionException.class, server(1158, "08S01"));
    assertInstanceOf(SQLDataException.class, server(1406, "22001"));
    SQLException other = server(1105, "HY000");
    assertEquals(SQLException.class, other.getClass());
    assertEquals(1105, other.getErrorCode());
    assertEquals("HY000", server(1105, null).getSQLState());
  }

  @Test
  void connectionFailuresMapByDelivery() {
    SQLException notSent = SqlExceptions.of(new ConnectionClosedException("closed", Delivery.NOT_SENT));
    assertInstanceOf(SQLTransientConnectionException.class, notSent);
    assertEquals("08006", notSent.getSQLState());
    SQLException inDoubt = SqlExceptions.of(new ExecutionException(new ConnectionClosedException("closed", Delivery.IN_DOUBT)));
    assertInstanceOf(SQLNonTransientConnectionException.class, inDoubt);
    assertEquals("08007", inDoubt.getSQLState());
    assertInstanceOf(SQLNonTransientConnectionException.class, SqlExceptions.of(new MySqlProtocolException("bad", Delivery.IN_DOUBT, null)));
  }

  @Test
  void aCommandTooLargeIsNotAConnectionFailure() {
    SQLException tooLarge = SqlExceptions.of(new PacketTooLargeException(1025, 1024, null));
    assertEquals(SQLNonTransientException.class, tooLarge.getClass());
    assertEquals("HY000", tooLarge.getSQLState());
    assertEquals(1153, tooLarge.getErrorCode());
    assertEquals("command too large: 1025 bytes (expected: < max_allowed_packet 1024; raise the server's max_allowed_packet to send it)",
        tooLarge.getMessage());
  }

  @Test
  void timeoutsAuthenticationAndConversionsHaveTheirSubclasses() {
    assertInstanceOf(SQLTimeoutException.class,
        SqlExceptions.of(new MySqlTimeoutException(MySqlTimeoutException.Kind.QUERY, Duration.ofSeconds(1), Delivery.IN_DOUBT)));
    SQLException auth = SqlExceptions.of(new MySqlAuthenticationException(
        "Access denied", "caching_sha2_password", SslMode.REQUIRED, new MySqlServerException(1045, "28000", "Access denied")));
    assertInstanceOf(SQLInvalidAuthorizationSpecException.class, auth);
    assertEquals(1045, auth.getErrorCode());
    assertInstanceOf(SQLDataException.class, SqlExceptions.of(new ValueConversionException("conversion: x")));
    assertEquals("HY008", SqlExceptions.of(new CancellationException()).getSQLState());
  }

  @Test
  void anSqlExceptionStaysAsItIs() {
    SQLException e = new SQLException("as is");
    assertSame(e, SqlExceptions.of(new CompletionException(e)));
  }
}
