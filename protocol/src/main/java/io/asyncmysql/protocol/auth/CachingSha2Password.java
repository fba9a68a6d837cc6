package io.asyncmysql.protocol.auth;

import io.asyncmysql.protocol.ProtocolException;
import java.security.MessageDigest;

/**
 * {@code caching_sha2_password}: first the scramble {@code XOR(SHA256(password),
 * SHA256(SHA256(SHA256(password)) + nonce))}; then the server's fast authentication result either
 * ends the exchange (0x03) or asks for full authentication (0x04), which sends the whole password as
 * {@link FullAuthentication} allows, requesting the server's key with 0x02 when needed.
 *
 * @see <a
 *     href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_caching_sha2_authentication_exchanges.html">Caching_sha2_password
 *     information</a>
 */
final class CachingSha2Password implements AuthPlugin {
  static final String NAME = "caching_sha2_password";

  static final byte FAST_AUTH_SUCCESS = 0x03;
  static final byte PERFORM_FULL_AUTHENTICATION = 0x04;
  static final byte REQUEST_PUBLIC_KEY = 0x02;

  private static final FullAuthentication FULL_AUTHENTICATION =
      new FullAuthentication(NAME, REQUEST_PUBLIC_KEY, true);

  private enum State {
    NEW,
    AWAIT_FAST_AUTH_RESULT,
    AWAIT_PUBLIC_KEY,
    DONE
  }

  private final AuthOptions options;
  private State state = State.NEW;
  private byte[] nonce;

  CachingSha2Password(AuthOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte[] initialResponse(byte[] pluginData) {
    nonce = AuthBytes.nonce(NAME, pluginData, AuthBytes.SCRAMBLE_LENGTH);
    state = State.AWAIT_FAST_AUTH_RESULT;
    return options.hasPassword() ? scramble(options.password(), nonce) : new byte[0];
  }

  @Override
  public AuthStep onMoreData(byte[] data) {
    return switch (state) {
      case NEW -> throw new IllegalStateException(NAME + ": AuthMoreData before the initial response");
      case AWAIT_FAST_AUTH_RESULT -> onFastAuthResult(data);
      case AWAIT_PUBLIC_KEY -> {
        byte[] encrypted = FULL_AUTHENTICATION.encryptWithServerKey(options, nonce, data);
        state = State.DONE;
        yield new AuthStep.Send(encrypted);
      }
      case DONE -> throw AuthBytes.unexpectedMoreData(NAME, "the exchange ended", data);
    };
  }

  private AuthStep onFastAuthResult(byte[] data) {
    if (data.length != 1) {
      throw new ProtocolException(NAME + " fast authentication result: " + data.length + " bytes (expected: 1)");
    }
    switch (data[0]) {
      case FAST_AUTH_SUCCESS -> {
        state = State.DONE;
        return AuthStep.AWAIT_RESULT;
      }
      case PERFORM_FULL_AUTHENTICATION -> {
        byte[] payload = FULL_AUTHENTICATION.firstPayload(options, nonce);
        state = FULL_AUTHENTICATION.requestsKey(options) ? State.AWAIT_PUBLIC_KEY : State.DONE;
        return new AuthStep.Send(payload);
      }
      default ->
          throw new ProtocolException(
              NAME + " fast authentication result: 0x" + Integer.toHexString(data[0] & 0xFF)
                  + " (expected: 0x03 or 0x04)");
    }
  }

  /** {@code XOR(SHA256(password), SHA256(SHA256(SHA256(password)) + nonce))}. */
  static byte[] scramble(byte[] password, byte[] nonce) {
    MessageDigest sha256 = AuthBytes.digest("SHA-256");
    byte[] stage1 = sha256.digest(password);
    byte[] stage2 = sha256.digest(stage1);
    sha256.update(stage2);
    sha256.update(nonce);
    return AuthBytes.xorInPlace(stage1, sha256.digest());
  }
}
