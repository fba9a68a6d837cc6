package io.asyncmysql.protocol.auth;

/**
 * MariaDB's {@code client_ed25519} (server plugin {@code ed25519}): the response is the 64-byte
 * signature of the server's 32-byte nonce, see {@link PasswordEd25519}. The server starts it with an
 * AuthSwitchRequest carrying that nonce, never with HandshakeV10's 20-byte scramble.
 *
 * @see <a href="https://mariadb.com/kb/en/authentication-plugin-ed25519">Authentication Plugin -
 *     ed25519</a>
 */
final class ClientEd25519 implements AuthPlugin {
  static final String NAME = "client_ed25519";

  static final int NONCE_LENGTH = 32;

  private final AuthOptions options;

  ClientEd25519(AuthOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte[] initialResponse(byte[] pluginData) {
    byte[] nonce = AuthBytes.nonce(NAME, pluginData, NONCE_LENGTH);
    return PasswordEd25519.sign(options.password(), nonce);
  }

  @Override
  public AuthStep onMoreData(byte[] data) {
    throw AuthBytes.unexpectedMoreData(NAME, "the signature", data);
  }
}
