package io.asyncmysql.protocol.auth;

/**
 * {@code mysql_clear_password}: the password and a NUL byte, in clear. Sent only when the options
 * allow cleartext passwords and the transport {@linkplain Transport#authenticatesServer()
 * authenticates the server} (verified TLS or a unix socket); a server that asks for it otherwise may
 * be harvesting passwords.
 */
final class MysqlClearPassword implements AuthPlugin {
  static final String NAME = "mysql_clear_password";

  private final AuthOptions options;

  MysqlClearPassword(AuthOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The password and a NUL byte; the plugin data carries no nonce and is ignored. */
  @Override
  public byte[] initialResponse(byte[] pluginData) {
    if (!options.allowCleartextPassword()) {
      throw refused("allowCleartextPassword=true");
    }
    if (!options.transport().authenticatesServer()) {
      throw refused("TLS with a verified server certificate, or a unix socket");
    }
    return AuthBytes.nulTerminated(options.password());
  }

  @Override
  public AuthStep onMoreData(byte[] data) {
    throw AuthBytes.unexpectedMoreData(NAME, "the password", data);
  }

  private AuthenticationException refused(String expected) {
    return new AuthenticationException(
        NAME, NAME + " over " + options.transport() + ": refused to send the password in clear (expected: " + expected + ")");
  }
}
