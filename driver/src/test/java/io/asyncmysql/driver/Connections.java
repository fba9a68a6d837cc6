package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletionException;

/** Short connection round trips shared by the authentication and TLS tests. */
public final class Connections {
  private Connections() {}

  /** Connects to {@code url}, returns {@code CURRENT_USER()} and closes. */
  public static String currentUser(String url) {
    MySqlConnection conn = MySqlConnection.connect(url).join();
    try {
      return conn.query("SELECT CURRENT_USER()").join().get(0).get(0, String.class);
    } finally {
      conn.close().join();
    }
  }

  /** Asserts that connecting to {@code url} fails authentication, and returns the failure. */
  public static MySqlAuthenticationException authenticationFailure(String url) {
    CompletionException e = assertThrows(CompletionException.class, () -> MySqlConnection.connect(url).join());
    return assertInstanceOf(MySqlAuthenticationException.class, e.getCause(), () -> String.valueOf(e.getCause()));
  }
}
