package io.asyncmysql.protocol.auth;

import java.security.MessageDigest;

/**
 * {@code mysql_native_password}: one response, {@code SHA1(password) XOR SHA1(nonce +
 * SHA1(SHA1(password)))}, or nothing for an empty password. The server stores {@code
 * SHA1(SHA1(password))}.
 *
 * @see <a
 *     href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_authentication_methods_native_password_authentication.html">Native
 *     Authentication</a>
 */
final class MysqlNativePassword implements AuthPlugin {
  static final String NAME = "mysql_native_password";

  private final AuthOptions options;

  MysqlNativePassword(AuthOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte[] initialResponse(byte[] pluginData) {
    byte[] nonce = AuthBytes.nonce(NAME, pluginData, AuthBytes.SCRAMBLE_LENGTH);
    return options.hasPassword() ? scramble(options.password(), nonce) : new byte[0];
  }

  @Override
  public AuthStep onMoreData(byte[] data) {
    throw AuthBytes.unexpectedMoreData(NAME, "the scramble", data);
  }

  /** {@code SHA1(password) XOR SHA1(nonce + SHA1(SHA1(password)))}. */
  static byte[] scramble(byte[] password, byte[] nonce) {
    MessageDigest sha1 = AuthBytes.digest("SHA-1");
    byte[] stage1 = sha1.digest(password);
    byte[] stage2 = sha1.digest(stage1);
    sha1.update(nonce);
    sha1.update(stage2);
    return AuthBytes.xorInPlace(stage1, sha1.digest());
  }
}
