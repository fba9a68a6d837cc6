package io.asyncmysql.driver;

import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.TestServer;

/** URLs that reach a test server through a {@link FaultProxy}. */
final class Proxied {
  private Proxied() {}

  /** The server's URL with the proxy's address in place of the server's. */
  static String url(TestServer server, FaultProxy proxy) {
    return server.url().replace(server.host() + ":" + server.port(), proxy.host() + ":" + proxy.port());
  }
}
