package io.asyncmysql.protocol.auth;

/**
 * {@code sha256_password}: no scramble, only full authentication. The first response is a single
 * NUL byte for an empty password, or the whole password as {@link FullAuthentication} allows,
 * requesting the server's key with 0x01 when needed. The password goes in clear only over TLS: the
 * server refuses a clear password over a unix socket.
 *
 * @see <a href="https://mariadb.com/kb/en/sha256_password-plugin">sha256_password plugin</a>
 */
final class Sha256Password implements AuthPlugin {
  static final String NAME = "sha256_password";

  static final byte REQUEST_PUBLIC_KEY = 0x01;

  private static final FullAuthentication FULL_AUTHENTICATION =
      new FullAuthentication(NAME, REQUEST_PUBLIC_KEY, false);

  private enum State {
    NEW,
    AWAIT_PUBLIC_KEY,
    DONE
  }

  private final AuthOptions options;
  private State state = State.NEW;
  private byte[] nonce;

  Sha256Password(AuthOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte[] initialResponse(byte[] pluginData) {
    nonce = AuthBytes.nonce(NAME, pluginData, AuthBytes.SCRAMBLE_LENGTH);
    if (!options.hasPassword()) {
      state = State.DONE;
      return new byte[1];
    }
    byte[] payload = FULL_AUTHENTICATION.firstPayload(options, nonce);
    state = FULL_AUTHENTICATION.requestsKey(options) ? State.AWAIT_PUBLIC_KEY : State.DONE;
    return payload;
  }

  @Override
  public AuthStep onMoreData(byte[] data) {
    return switch (state) {
      case NEW -> throw new IllegalStateException(NAME + ": AuthMoreData before the initial response");
      case AWAIT_PUBLIC_KEY -> {
        byte[] encrypted = FULL_AUTHENTICATION.encryptWithServerKey(options, nonce, data);
        state = State.DONE;
        yield new AuthStep.Send(encrypted);
      }
      case DONE -> throw AuthBytes.unexpectedMoreData(NAME, "the password", data);
    };
  }
}
