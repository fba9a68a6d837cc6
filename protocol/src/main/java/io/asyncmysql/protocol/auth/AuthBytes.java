package io.asyncmysql.protocol.auth;

import io.asyncmysql.protocol.ProtocolException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Byte operations the plugins share: nonce checks, digests, XOR, NUL-terminated passwords. */
final class AuthBytes {
  /** The length of the nonce of mysql_native_password, caching_sha2_password and sha256_password. */
  static final int SCRAMBLE_LENGTH = 20;

  private AuthBytes() {}

  /**
   * The nonce in the server's plugin data: exactly {@code length} bytes, or one more when that is a
   * trailing NUL.
   */
  static byte[] nonce(String plugin, byte[] pluginData, int length) {
    boolean exact = pluginData.length == length;
    boolean nulTerminated = pluginData.length == length + 1 && pluginData[length] == 0;
    if (!exact && !nulTerminated) {
      throw new ProtocolException(
          plugin + " nonce: " + pluginData.length + " bytes (expected: " + length + ", or " + (length + 1)
              + " ending in NUL)");
    }
    return Arrays.copyOf(pluginData, length);
  }

  /** The AuthMoreData a plugin did not expect at this point of the exchange. */
  static ProtocolException unexpectedMoreData(String plugin, String after, byte[] data) {
    return new ProtocolException(
        plugin + " AuthMoreData after " + after + ": " + data.length + " bytes (expected: OK or ERR)");
  }

  /** The password followed by a NUL byte, as the cleartext exchanges send it. */
  static byte[] nulTerminated(byte[] password) {
    return Arrays.copyOf(password, password.length + 1);
  }

  /** {@code a} XOR {@code b}, repeating {@code b} as often as needed; written into {@code a}. */
  static byte[] xorInPlace(byte[] a, byte[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] ^= b[i % b.length];
    }
    return a;
  }

  /** A new digest of a standard algorithm that every Java runtime provides. */
  static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides " + algorithm, e);
    }
  }
}
