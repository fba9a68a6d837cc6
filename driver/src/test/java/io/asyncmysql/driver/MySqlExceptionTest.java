package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlException.Delivery;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MySqlExceptionTest {
  @Test
  void onlyACommandThatWasNeverSentIsRetryable() {
    assertTrue(new MySqlException("x", Delivery.NOT_SENT).isRetryable());
    assertFalse(new MySqlException("x", Delivery.IN_DOUBT).isRetryable());
    assertFalse(new MySqlException("x", Delivery.COMPLETED).isRetryable());
    assertThrows(NullPointerException.class, () -> new MySqlException("x", null));
  }

  @Test
  void aServerErrorIsCompletedAndShowsItsCodeAndSqlState() {
    MySqlServerException e = new MySqlServerException(1062, "23000", "Duplicate entry '1' for key 'PRIMARY'");
    assertEquals("Duplicate entry '1' for key 'PRIMARY' [1062, SQLSTATE 23000]", e.getMessage());
    assertEquals(1062, e.errorCode());
    assertEquals("23000", e.sqlState());
    assertEquals("Duplicate entry '1' for key 'PRIMARY'", e.serverMessage());
    assertEquals(Delivery.COMPLETED, e.delivery());
    assertFalse(e.isRetryable());
  }

  @Test
  void aServerErrorWithoutSqlStateShowsOnlyItsCode() {
    MySqlServerException e = new MySqlServerException(1040, null, "Too many connections");
    assertEquals("Too many connections [1040]", e.getMessage());
    assertNull(e.sqlState());
  }

  @Test
  void aTimeoutSaysWhatTimedOutAndAfterHowLong() {
    MySqlTimeoutException connect = new MySqlTimeoutException(MySqlTimeoutException.Kind.CONNECT, Duration.ofSeconds(10), Delivery.NOT_SENT);
    assertEquals("connect timed out after 10s (connectTimeout)", connect.getMessage());
    assertTrue(connect.isRetryable());
    MySqlTimeoutException query = new MySqlTimeoutException(MySqlTimeoutException.Kind.QUERY, Duration.ofMillis(250), Delivery.IN_DOUBT);
    assertEquals("query timed out after 250ms (queryTimeout)", query.getMessage());
    assertEquals(MySqlTimeoutException.Kind.QUERY, query.kind());
    assertEquals(Duration.ofMillis(250), query.timeout());
    assertFalse(query.isRetryable());
  }

  @Test
  void anAuthenticationFailureNamesThePluginAndTheSslModeAndIsNeverRetryable() {
    MySqlServerException denied = new MySqlServerException(1045, "28000", "Access denied for user 'app'");
    MySqlAuthenticationException e =
        new MySqlAuthenticationException("Access denied for user 'app'", "caching_sha2_password", SslMode.REQUIRED, denied);
    assertEquals("Access denied for user 'app' [authPlugin: caching_sha2_password, sslMode: REQUIRED]", e.getMessage());
    assertEquals("caching_sha2_password", e.authPlugin());
    assertEquals(SslMode.REQUIRED, e.sslMode());
    assertSame(denied, e.getCause());
    assertEquals(Delivery.NOT_SENT, e.delivery());
    assertFalse(e.isRetryable());
  }

  @Test
  void aTlsFailureHasNoPluginYet() {
    MySqlAuthenticationException e = new MySqlAuthenticationException("certificate rejected", null, SslMode.VERIFY_CA, null);
    assertEquals("certificate rejected [authPlugin: (none), sslMode: VERIFY_CA]", e.getMessage());
  }

  @Test
  void aRefusedServerRequestIsNeverRetryable() {
    MySqlSecurityException e = new MySqlSecurityException("LOCAL INFILE request refused", Delivery.NOT_SENT);
    assertFalse(e.isRetryable());
  }

  @Test
  void closedAndProtocolFailuresKeepTheirDeliveryAndCause() {
    IOException reset = new IOException("Connection reset");
    ConnectionClosedException closed = new ConnectionClosedException("connection lost", Delivery.IN_DOUBT, reset);
    assertEquals(Delivery.IN_DOUBT, closed.delivery());
    assertSame(reset, closed.getCause());
    assertTrue(new ConnectionClosedException("closed", Delivery.NOT_SENT).isRetryable());
    MySqlProtocolException protocol = new MySqlProtocolException("bad packet", Delivery.IN_DOUBT, null);
    assertFalse(protocol.isRetryable());
  }
}
