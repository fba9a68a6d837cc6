package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.driver.MySqlPool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** asyncmysql's pool as both of its contestants use it: exactly {@code connections} connections, no TLS, long waits. */
final class AsyncMySqlPools {
  private AsyncMySqlPools() {}

  static MySqlPool open(Contestant.Database database, int connections) {
    String password = database.password().isEmpty() ? "" : ":" + encode(database.password());
    return MySqlPool.create("mysql://" + encode(database.user()) + password + "@" + database.host() + ":" + database.port() + "/"
        + encode(database.name()) + "?sslMode=DISABLED&maxSize=" + connections + "&minIdle=" + connections
        + "&maxWaiters=1000000&acquireTimeout=5m");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
