package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:asyncmysql://} URLs, registered with {@link DriverManager} through
 * {@code META-INF/services/java.sql.Driver}. The URL takes the same parameters as a {@code mysql://}
 * URL (see {@link MySqlConnectOptions#parse(String)}); entries of the {@link Properties}, such as the
 * {@code user} and {@code password} that {@link DriverManager#getConnection(String, String, String)}
 * passes, count as more URL parameters, so a name given both ways is an error. {@link
 * DriverManager#setLoginTimeout} bounds the wait like {@code connectTimeout}.
 *
 * <p>Connections are meant for virtual threads: every call parks the virtual thread until the server
 * answers, leaving its carrier thread and the driver's event loop free.
 *
 * <pre>{@code
 * Thread.ofVirtual().start(() -> {
 *   try (Connection c = DriverManager.getConnection("jdbc:asyncmysql://127.0.0.1:3306/shop?user=app&password=secret")) {
 *     ...
 *   }
 * });
 * }</pre>
 */
public final class AsyncMySqlDriver implements Driver {
  /** The URL prefix this driver accepts. */
  public static final String URL_PREFIX = "jdbc:asyncmysql:";

  static final String NAME = "asyncmysql";
  static final String VERSION = version();

  static {
    try {
      DriverManager.registerDriver(new AsyncMySqlDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Creates the driver; {@link DriverManager} does this through the service loader. */
  public AsyncMySqlDriver() {}

  /**
   * Connects to the server a {@code jdbc:asyncmysql://} URL names.
   *
   * @return the connection, or {@code null} for a URL of another driver, as JDBC requires
   * @throws SQLException when the URL or a property is malformed, or the connection fails
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    return JdbcConnection.open(MySqlConnection.connect(options(url, info)), DriverManager.getLoginTimeout(), url);
  }

  /** The options of a URL with the properties as more parameters. */
  static MySqlConnectOptions options(String url, Properties info) throws SQLException {
    StringBuilder full = new StringBuilder(url);
    if (info != null) {
      for (String name : info.stringPropertyNames()) {
        full.append(full.indexOf("?") < 0 ? '?' : '&').append(encode(name)).append('=').append(encode(info.getProperty(name)));
      }
    }
    try {
      return MySqlConnectOptions.parse(full.toString());
    } catch (IllegalArgumentException e) {
      throw new SQLNonTransientConnectionException(e.getMessage() + " [in the URL or the connection properties]", "08001", e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.toLowerCase(Locale.ROOT).startsWith(URL_PREFIX);
  }

  /** {@code user} and {@code password}; every other parameter of a {@code mysql://} URL is accepted too. */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    DriverPropertyInfo user = new DriverPropertyInfo("user", info == null ? null : info.getProperty("user"));
    user.description = "the user name";
    DriverPropertyInfo password = new DriverPropertyInfo("password", null);
    password.description = "the password";
    return new DriverPropertyInfo[] {user, password};
  }

  @Override
  public int getMajorVersion() {
    return majorVersion();
  }

  @Override
  public int getMinorVersion() {
    return minorVersion();
  }

  /** False: the adapter does not pass the JDBC compliance suite yet. */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  /** The driver logs through {@link System.Logger}, not {@code java.util.logging}. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("getParentLogger: the driver logs through System.Logger");
  }

  static int majorVersion() {
    return versionPart(0);
  }

  static int minorVersion() {
    return versionPart(1);
  }

  private static int versionPart(int index) {
    String[] parts = VERSION.split("[.-]");
    try {
      return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The jar's {@code Implementation-Version}, or {@code 0.1-dev} when run from classes. */
  private static String version() {
    String version = AsyncMySqlDriver.class.getPackage().getImplementationVersion();
    return version == null ? "0.1-dev" : version;
  }
}
