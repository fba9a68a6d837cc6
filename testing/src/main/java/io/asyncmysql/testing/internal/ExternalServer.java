package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A server somebody else runs, named by a {@code mysql://user:password@host:port/database} URL. This
 * JVM neither starts nor stops it, and knows none of its accounts but the one in the URL.
 */
public final class ExternalServer extends ManagedServer {
  private final TestServer server;

  private ExternalServer(TestServer server) {
    this.server = server;
  }

  /**
   * Reaches the server the URL names and reads its version.
   *
   * @throws IllegalArgumentException when the URL is not a {@code mysql://} URL
   * @throws UncheckedIOException when the server does not answer
   */
  public static ExternalServer connect(String url) {
    URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
    if (!"mysql".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("test server URL: " + url + " (expected: mysql://user:password@host:port/database)");
    }
    String user = "root";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : "";
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    int port = uri.getPort() < 0 ? 3306 : uri.getPort();
    try {
      String version = Greeting.probe(uri.getHost(), port, Duration.ofSeconds(10)).serverVersion();
      return new ExternalServer(new TestServer(uri.getHost(), port, null, user, password, path.isEmpty() ? null : path,
          Flavour.ofVersion(version), version, null, List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException("test server " + uri.getHost() + ":" + port + " does not answer", e);
    }
  }

  @Override
  public TestServer server() {
    return server;
  }

  @Override
  public boolean isRunning() {
    return true;
  }

  @Override
  public void stop() {
    throw new UnsupportedOperationException("an external test server cannot be stopped from the tests");
  }

  @Override
  public void start() {
    throw new UnsupportedOperationException("an external test server cannot be started from the tests");
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "external " + server;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
