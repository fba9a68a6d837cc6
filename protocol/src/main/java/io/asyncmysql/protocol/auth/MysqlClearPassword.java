package io.asyncmysql.protocol.auth;

/**
 * {@code mysql_clear_password}: the password and a NUL byte, in clear. Sent only over TLS or a unix
 * socket, or when the options explicitly allow cleartext over plain TCP; a server that asks for it
 * otherwise may be harvesting passwords.
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
    if (!options.transport().confidential() && !options.allowCleartextPassword()) {
      throw new AuthenticationException(
          NAME,
          NAME + " over " + options.transport()
              + ": refused to send the password in clear (expected: TLS, a unix socket, or allowCleartextPassword=true)");
    }
    return AuthBytes.nulTerminated(options.password());
  }

  @Override
  public AuthStep onMoreData(byte[] data) {
    throw AuthBytes.unexpectedMoreData(NAME, "the password", data);
  }
}
