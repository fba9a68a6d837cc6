package io.asyncmysql.driver;

import java.util.Objects;

/**
 * A connection could not be established securely or could not log in: the TLS handshake failed
 * (e.g. an untrusted certificate under {@link SslMode#VERIFY_CA}), the server rejected the
 * credentials (the cause is then the server's {@link MySqlServerException}), or the options forbid
 * the authentication the server asked for (e.g. a cleartext password without TLS). The message names
 * the authentication plugin and the {@link SslMode}, e.g. {@code Access denied for user 'app'
 * [authPlugin: caching_sha2_password, sslMode: REQUIRED]}.
 *
 * <p>Never {@linkplain #isRetryable() retryable}: the same options would fail the same way.
 */
public class MySqlAuthenticationException extends MySqlException {
  private static final long serialVersionUID = 1L;

  private final String authPlugin;
  private final SslMode sslMode;

  /**
   * Creates a new instance.
   *
   * @param message what failed
   * @param authPlugin the authentication plugin in use, or {@code null} when the failure came before
   *     one was chosen (e.g. during TLS)
   * @param sslMode the connection's TLS mode
   * @param cause the TLS or server failure, or {@code null}
   */
  public MySqlAuthenticationException(String message, String authPlugin, SslMode sslMode, Throwable cause) {
    super(format(message, authPlugin, sslMode), Delivery.NOT_SENT, cause);
    this.authPlugin = authPlugin;
    this.sslMode = sslMode;
  }

  /** The authentication plugin in use, or {@code null} when the failure came before one was chosen. */
  public String authPlugin() {
    return authPlugin;
  }

  /** The connection's TLS mode. */
  public SslMode sslMode() {
    return sslMode;
  }

  /** Always false: the same options would fail the same way. */
  @Override
  public boolean isRetryable() {
    return false;
  }

  private static String format(String message, String authPlugin, SslMode sslMode) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sslMode, "sslMode");
    return message + " [authPlugin: " + (authPlugin == null ? "(none)" : authPlugin) + ", sslMode: " + sslMode + "]";
  }
}
