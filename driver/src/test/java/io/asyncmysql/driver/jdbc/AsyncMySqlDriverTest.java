package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnectOptions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AsyncMySqlDriverTest {
  private final AsyncMySqlDriver driver = new AsyncMySqlDriver();

  @Test
  void driverManagerFindsTheDriverThroughTheServiceLoader() throws SQLException {
    assertInstanceOf(AsyncMySqlDriver.class, DriverManager.getDriver("jdbc:asyncmysql://127.0.0.1:3306/shop"));
  }

  @Test
  void acceptsOnlyItsOwnUrls() throws SQLException {
    assertTrue(driver.acceptsURL("jdbc:asyncmysql://host/db"));
    assertTrue(driver.acceptsURL("JDBC:ASYNCMYSQL://host/db"));
    assertFalse(driver.acceptsURL("jdbc:mysql://host/db"));
    assertFalse(driver.acceptsURL(null));
    assertNull(driver.connect("jdbc:mysql://host/db", new Properties()));
  }

  @Test
  void propertiesAreMoreUrlParameters() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "app");
    info.setProperty("password", "s3cret &=+%");
    info.setProperty("sslMode", "DISABLED");
    MySqlConnectOptions options = AsyncMySqlDriver.options("jdbc:asyncmysql://db.example:3307/shop", info);
    assertEquals("app", options.user());
    assertEquals("s3cret &=+%", options.password());
    assertEquals("db.example", options.host());
    assertEquals(3307, options.port());
    assertEquals("shop", options.database());
    assertEquals("DISABLED", options.sslMode().name());
  }

  @Test
  void aParameterGivenInTheUrlAndThePropertiesIsAnError() {
    Properties info = new Properties();
    info.setProperty("user", "other");
    SQLException e = assertThrows(SQLNonTransientConnectionException.class,
        () -> AsyncMySqlDriver.options("jdbc:asyncmysql://127.0.0.1/shop?user=app", info));
    assertEquals("parameter: user (expected: given once) [in the URL or the connection properties]", e.getMessage());
    assertEquals("08001", e.getSQLState());
  }

  @Test
  void anUnknownPropertyIsAnError() {
    Properties info = new Properties();
    info.setProperty("useSSL", "true");
    SQLException e = assertThrows(SQLException.class, () -> AsyncMySqlDriver.options("jdbc:asyncmysql://127.0.0.1/shop", info));
    assertTrue(e.getMessage().startsWith("unknown parameter: useSSL (expected: one of "), e.getMessage());
  }
}
