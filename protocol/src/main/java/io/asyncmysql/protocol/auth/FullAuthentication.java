package io.asyncmysql.protocol.auth;

/**
 * How {@code caching_sha2_password} and {@code sha256_password} hand the whole password to the
 * server: in clear over a transport the server trusts; otherwise RSA-encrypted with the configured
 * server key, or with a key the server sends on request when the options allow retrieval; otherwise
 * not at all.
 *
 * @param plugin the plugin name, for messages
 * @param keyRequest the byte that asks the server for its public key
 * @param clearOverUnixSocket whether the server accepts a clear password over a unix socket, not
 *     only over TLS (MySQL 9's {@code caching_sha2_password} does; its {@code sha256_password} does
 *     not)
 */
record FullAuthentication(String plugin, byte keyRequest, boolean clearOverUnixSocket) {
  /** Whether {@link #firstPayload} is a request for the server's public key. */
  boolean requestsKey(AuthOptions options) {
    return !sendsClear(options) && options.serverRsaPublicKey() == null && options.allowPublicKeyRetrieval();
  }

  /**
   * The password in clear, the password encrypted with the configured key, or {@link #keyRequest}.
   *
   * @throws AuthenticationException when none is allowed
   */
  byte[] firstPayload(AuthOptions options, byte[] nonce) {
    if (sendsClear(options)) {
      return AuthBytes.nulTerminated(options.password());
    }
    if (options.serverRsaPublicKey() != null) {
      return RsaPassword.encrypt(plugin, options.password(), nonce, options.serverRsaPublicKey());
    }
    if (options.allowPublicKeyRetrieval()) {
      return new byte[] {keyRequest};
    }
    throw new AuthenticationException(
        plugin,
        plugin + " full authentication over " + options.transport()
            + ": refused to send the password unprotected (expected: TLS, "
            + (clearOverUnixSocket ? "a unix socket, " : "")
            + "a configured server RSA public key, or allowPublicKeyRetrieval=true)");
  }

  /** The password encrypted with the PEM public key the server sent on request. */
  byte[] encryptWithServerKey(AuthOptions options, byte[] nonce, byte[] pem) {
    return RsaPassword.encrypt(plugin, options.password(), nonce, RsaPublicKeyPem.parse(pem));
  }

  private boolean sendsClear(AuthOptions options) {
    return switch (options.transport()) {
      case TLS, VERIFIED_TLS -> true;
      case UNIX_SOCKET -> clearOverUnixSocket;
      case TCP -> false;
    };
  }
}
