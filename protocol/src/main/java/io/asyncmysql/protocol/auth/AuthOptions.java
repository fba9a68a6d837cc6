package io.asyncmysql.protocol.auth;

import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Set;

/**
 * What the authentication plugins need to know about the user and the connection. Immutable; the
 * password is copied in and out and never appears in {@link #toString()}.
 *
 * @param password the password in the bytes the server hashes (normally UTF-8); empty for none
 * @param transport the connection the password would travel over
 * @param allowPublicKeyRetrieval whether the client may ask the server for its RSA public key over
 *     an insecure connection, trusting whatever key comes back (open to a man in the middle)
 * @param serverRsaPublicKey the server's RSA public key, known in advance, or {@code null}; see
 *     {@link RsaPublicKeyPem#parse(String)}
 * @param allowCleartextPassword whether {@code mysql_clear_password} may send the password in
 *     clear; even then only over a transport that {@linkplain Transport#authenticatesServer()
 *     authenticates the server}
 * @param allowedPlugins the plugin names the client accepts; empty for every supported plugin
 */
public record AuthOptions(
    byte[] password,
    Transport transport,
    boolean allowPublicKeyRetrieval,
    RSAPublicKey serverRsaPublicKey,
    boolean allowCleartextPassword,
    Set<String> allowedPlugins) {

  /** Copies the password and the plugin names; checks that the required parts are present. */
  public AuthOptions {
    password = Objects.requireNonNull(password, "password").clone();
    Objects.requireNonNull(transport, "transport");
    allowedPlugins = Set.copyOf(allowedPlugins);
  }

  /**
   * Options with the safe defaults: no key retrieval, no known server key, no cleartext password,
   * every supported plugin.
   */
  public static AuthOptions of(byte[] password, Transport transport) {
    return new AuthOptions(password, transport, false, null, false, Set.of());
  }

  /** A copy of the password. */
  @Override
  public byte[] password() {
    return password.clone();
  }

  /** Whether the password is empty, without copying it. */
  boolean hasPassword() {
    return password.length > 0;
  }

  /** A copy that may or may not ask the server for its RSA public key. */
  public AuthOptions withAllowPublicKeyRetrieval(boolean allow) {
    return new AuthOptions(password, transport, allow, serverRsaPublicKey, allowCleartextPassword, allowedPlugins);
  }

  /** A copy that knows the server's RSA public key, or forgets it with {@code null}. */
  public AuthOptions withServerRsaPublicKey(RSAPublicKey key) {
    return new AuthOptions(password, transport, allowPublicKeyRetrieval, key, allowCleartextPassword, allowedPlugins);
  }

  /** A copy that may or may not send a cleartext password over a transport that authenticates the server. */
  public AuthOptions withAllowCleartextPassword(boolean allow) {
    return new AuthOptions(password, transport, allowPublicKeyRetrieval, serverRsaPublicKey, allow, allowedPlugins);
  }

  /** A copy that accepts only the given plugins; empty for every supported plugin. */
  public AuthOptions withAllowedPlugins(Set<String> names) {
    return new AuthOptions(password, transport, allowPublicKeyRetrieval, serverRsaPublicKey, allowCleartextPassword, names);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthOptions that
        && MessageDigest.isEqual(password, that.password)
        && transport == that.transport
        && allowPublicKeyRetrieval == that.allowPublicKeyRetrieval
        && Objects.equals(serverRsaPublicKey, that.serverRsaPublicKey)
        && allowCleartextPassword == that.allowCleartextPassword
        && allowedPlugins.equals(that.allowedPlugins);
  }

  /** A hash that leaves the password out. */
  @Override
  public int hashCode() {
    return Objects.hash(transport, allowPublicKeyRetrieval, serverRsaPublicKey, allowCleartextPassword, allowedPlugins);
  }

  /** A description that hides the password and the key. */
  @Override
  public String toString() {
    return "AuthOptions[password=***, transport=" + transport
        + ", allowPublicKeyRetrieval=" + allowPublicKeyRetrieval
        + ", serverRsaPublicKey=" + (serverRsaPublicKey == null ? "none" : "configured")
        + ", allowCleartextPassword=" + allowCleartextPassword
        + ", allowedPlugins=" + (allowedPlugins.isEmpty() ? "all" : allowedPlugins) + "]";
  }
}
