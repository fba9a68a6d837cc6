package io.asyncmysql.driver;

import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;

/**
 * A server account of its own for a pool under test, so that the server's process list tells the
 * pool's sessions from everyone else's ({@link ServerSessions}); all privileges on one database,
 * dropped on close.
 */
final class PoolUser implements AutoCloseable {
  private final RunningServer running;
  private final String name;
  private final String password;

  private PoolUser(RunningServer running, String name) {
    this.running = running;
    this.name = name;
    this.password = name + "-secret";
  }

  /** Creates the account {@code name} with all privileges on {@code db}'s database. */
  static PoolUser create(RunningServer running, TestServer db, String name) {
    PoolUser user = new PoolUser(running, name);
    running.execute("CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + user.password + "'",
        "GRANT ALL ON `" + db.database() + "`.* TO '" + name + "'@'%'");
    return user;
  }

  String name() {
    return name;
  }

  /**
   * A URL of this account to {@code host:port} without a default database and without TLS (a
   * proxy in between cannot carry it); {@code parameters} are appended.
   */
  String url(String host, int port, String parameters) {
    return "mysql://" + name + ":" + password + "@" + host + ":" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true"
        + (parameters.isEmpty() ? "" : "&" + parameters);
  }

  @Override
  public void close() {
    running.execute("DROP USER '" + name + "'@'%'");
  }
}
