package io.asyncmysql.protocol.auth;

import io.asyncmysql.protocol.ProtocolException;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import javax.crypto.Cipher;

/**
 * Encrypts a password for {@code caching_sha2_password} and {@code sha256_password} full
 * authentication: RSA with OAEP padding (SHA-1, MGF1) of {@code (password + NUL) XOR nonce}, the
 * nonce repeated to the password's length. MySQL 8.0.5 and newer expect this padding.
 */
final class RsaPassword {
  private static final String TRANSFORMATION = "RSA/ECB/OAEPWithSHA-1AndMGF1Padding";
  /** OAEP with SHA-1 takes twice the digest length and two bytes of every block. */
  private static final int OAEP_OVERHEAD = 2 * 20 + 2;

  private RsaPassword() {}

  /**
   * Encrypts {@code password} for the server holding {@code key}.
   *
   * @throws AuthenticationException when the password is too long for the key
   * @throws ProtocolException when Java cannot encrypt with the key
   */
  static byte[] encrypt(String plugin, byte[] password, byte[] nonce, RSAPublicKey key) {
    int capacity = (key.getModulus().bitLength() + 7) / 8 - OAEP_OVERHEAD;
    if (password.length + 1 > capacity) {
      throw new AuthenticationException(
          plugin,
          plugin + " RSA-encrypted password: " + (password.length + 1) + " bytes (expected: <= " + capacity
              + " for a " + key.getModulus().bitLength() + "-bit server key)");
    }
    byte[] plaintext = AuthBytes.xorInPlace(AuthBytes.nulTerminated(password), nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new ProtocolException(plugin + " server RSA public key: unusable (expected: a valid RSA key)", e);
    }
  }
}
