package io.asyncmysql.protocol.auth;

/**
 * How {@code caching_sha2_password} and {@code sha256_password} hand the whole password to the
 * server: in clear over TLS or a unix socket; otherwise RSA-encrypted with the configured server
 * key, or with a key the server sends on request when the options allow retrieval; otherwise not
 * at all.
 */
final class FullAuthentication {
  private FullAuthentication() {}

  /** Whether {@link #firstPayload} is a request for the server's public key. */
  static boolean requestsKey(AuthOptions options) {
    return !options.transport().confidential()
        && options.serverRsaPublicKey() == null
        && options.allowPublicKeyRetrieval();
  }

  /**
   * The password in clear, the password encrypted with the configured key, or {@code keyRequest}.
   *
   * @throws AuthenticationException when none is allowed
   */
  static byte[] firstPayload(String plugin, byte keyRequest, AuthOptions options, byte[] nonce) {
    if (options.transport().confidential()) {
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
            + ": refused to send the password unprotected (expected: TLS, a unix socket, a configured server RSA"
            + " public key, or allowPublicKeyRetrieval=true)");
  }

  /** The password encrypted with the PEM public key the server sent on request. */
  static byte[] encryptWithServerKey(String plugin, AuthOptions options, byte[] nonce, byte[] pem) {
    return RsaPassword.encrypt(plugin, options.password(), nonce, RsaPublicKeyPem.parse(pem));
  }
}
