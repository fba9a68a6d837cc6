package io.asyncmysql.driver;

import java.util.Objects;

/**
 * A server address: a host name or IP address (IPv6 without brackets) and a TCP port.
 *
 * @param host the host name or IP address, e.g. {@code db.example.com}, {@code 10.0.0.5} or {@code ::1}
 * @param port the TCP port, 1 to 65535
 */
public record HostAndPort(String host, int port) {
  /** The port MySQL and MariaDB listen on by default. */
  public static final int DEFAULT_PORT = 3306;

  /**
   * Creates a new instance.
   *
   * @throws IllegalArgumentException if the host is blank or bracketed, or the port is out of range
   */
  public HostAndPort {
    Objects.requireNonNull(host, "host");
    if (host.isBlank() || host.startsWith("[")) {
      throw new IllegalArgumentException(
          "host: '" + host + "' (expected: a host name or IP address, IPv6 without brackets)");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port: " + port + " (expected: an integer from 1 to 65535)");
    }
  }

  /**
   * The address of {@code host} on the {@linkplain #DEFAULT_PORT default port}.
   *
   * @param host the host name or IP address
   * @throws IllegalArgumentException if the host is blank or bracketed
   */
  public static HostAndPort of(String host) {
    return new HostAndPort(host, DEFAULT_PORT);
  }

  /** {@code host:port}, with an IPv6 host in brackets: {@code [::1]:3306}. */
  @Override
  public String toString() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
