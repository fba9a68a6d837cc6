package io.asyncmysql.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a running test server listens and how to log in to it. Immutable; derive the view of
 * another account or database with {@link #as(TestAccount)} and {@link #withDatabase(String)}.
 *
 * @param host the host to connect to, a loopback address for local servers
 * @param port the TCP port
 * @param socket the unix socket, or {@code null} when the server is not local
 * @param user the user name
 * @param password the password, empty for none
 * @param database the default database, or {@code null} for none
 * @param flavour MySQL or MariaDB
 * @param version the version string from the server's greeting
 * @param tls the certificates to trust and to present, or {@code null} when unknown
 * @param accounts the test accounts the server was given, empty for an external server
 */
public record TestServer(
    String host,
    int port,
    Path socket,
    String user,
    String password,
    String database,
    Flavour flavour,
    String version,
    TestTls tls,
    List<TestAccount> accounts) {

  /** Creates a new instance. */
  public TestServer {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(flavour, "flavour");
    Objects.requireNonNull(version, "version");
    accounts = List.copyOf(accounts);
  }

  /** The CA certificate (PEM) that signed the server's certificate, if known. */
  public Optional<Path> caCertificate() {
    return Optional.ofNullable(tls).map(TestTls::caCertificate);
  }

  /** {@code mysql://user:password@host:port/database}, user and password URL-encoded. */
  public String url() {
    StringBuilder url = new StringBuilder("mysql://").append(encode(user));
    if (!password.isEmpty()) {
      url.append(':').append(encode(password));
    }
    url.append('@').append(hostAndPort()).append('/');
    if (database != null) {
      url.append(encode(database));
    }
    return url.toString();
  }

  /** {@code jdbc:mysql://host:port/database?user=...&password=...}, the form JDBC drivers take. */
  public String jdbcUrl() {
    StringBuilder url = new StringBuilder("jdbc:mysql://").append(hostAndPort()).append('/');
    if (database != null) {
      url.append(encode(database));
    }
    url.append("?user=").append(encode(user));
    if (!password.isEmpty()) {
      url.append("&password=").append(encode(password));
    }
    return url.toString();
  }

  /** The test account that uses the given server-side plugin, if this server has one. */
  public Optional<TestAccount> account(String plugin) {
    return accounts.stream().filter(a -> a.plugin().equals(plugin) && !a.requiresTls() && !a.password().isEmpty()).findFirst();
  }

  /** The test account created with {@code REQUIRE SSL}, if this server has one. */
  public Optional<TestAccount> accountRequiringTls() {
    return accounts.stream().filter(TestAccount::requiresTls).findFirst();
  }

  /** The test account with an empty password, if this server has one. */
  public Optional<TestAccount> accountWithoutPassword() {
    return accounts.stream().filter(a -> a.password().isEmpty()).findFirst();
  }

  /** This server seen through another account. */
  public TestServer as(TestAccount account) {
    return new TestServer(host, port, socket, account.user(), account.password(), database, flavour, version, tls, accounts);
  }

  /** This server with another default database ({@code null} for none). */
  public TestServer withDatabase(String newDatabase) {
    return new TestServer(host, port, socket, user, password, newDatabase, flavour, version, tls, accounts);
  }

  @Override
  public String toString() {
    return flavour.id() + " " + version + " at " + hostAndPort() + (socket != null ? " and " + socket : "") + " as " + user;
  }

  private String hostAndPort() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
