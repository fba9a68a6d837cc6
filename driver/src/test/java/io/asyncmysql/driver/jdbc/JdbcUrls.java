package io.asyncmysql.driver.jdbc;

import io.asyncmysql.testing.TestServer;

/** {@code jdbc:asyncmysql:} URLs for test servers. */
final class JdbcUrls {
  private JdbcUrls() {}

  /** The server's URL with the {@code jdbc:asyncmysql:} scheme, and more parameters if given ({@code a=b&c=d}). */
  static String of(TestServer server, String parameters) {
    String url = "jdbc:asyncmysql://" + server.url().substring("mysql://".length());
    return parameters.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + parameters;
  }
}
