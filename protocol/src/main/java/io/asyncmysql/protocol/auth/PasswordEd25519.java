package io.asyncmysql.protocol.auth;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * MariaDB's Ed25519 over a password: RFC 8032 Ed25519 with the password in place of the 32-byte
 * seed, so {@code SHA512(password)} is the expanded secret key. Its first half, clamped, is the
 * secret scalar; its second half prefixes the message for the deterministic nonce. The server stores
 * the public key, which MariaDB prints as {@code ed25519_password('...')} in unpadded base64.
 *
 * <p>The point multiplications run in constant time ({@link Edwards25519}); the final scalar
 * arithmetic modulo the group order uses {@link BigInteger}, which does not.
 */
final class PasswordEd25519 {
  /** The order of the base point: 2^252 + 27742317777372353535851937790883648493. */
  private static final BigInteger L =
      BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

  private PasswordEd25519() {}

  /** The public key the server stores for {@code password}. */
  static byte[] publicKey(byte[] password) {
    return Edwards25519.scalarMultBase(secretScalar(AuthBytes.digest("SHA-512").digest(password)));
  }

  /** The 64-byte signature of {@code message}: R, then S. */
  static byte[] sign(byte[] password, byte[] message) {
    MessageDigest sha512 = AuthBytes.digest("SHA-512");
    byte[] expanded = sha512.digest(password);
    byte[] secret = secretScalar(expanded);
    byte[] publicKey = Edwards25519.scalarMultBase(secret);

    sha512.update(expanded, 32, 32);
    sha512.update(message);
    BigInteger r = reduce(sha512.digest());
    byte[] signature = Arrays.copyOf(Edwards25519.scalarMultBase(littleEndian(r)), 64);

    sha512.update(signature, 0, 32);
    sha512.update(publicKey);
    sha512.update(message);
    BigInteger k = reduce(sha512.digest());
    BigInteger s = r.add(k.multiply(fromLittleEndian(secret))).mod(L);
    System.arraycopy(littleEndian(s), 0, signature, 32, 32);
    return signature;
  }

  /** The first half of the expanded key with the bits RFC 8032 clears and sets. */
  private static byte[] secretScalar(byte[] expanded) {
    byte[] scalar = Arrays.copyOf(expanded, 32);
    scalar[0] &= (byte) 0xF8;
    scalar[31] &= 0x7F;
    scalar[31] |= 0x40;
    return scalar;
  }

  private static BigInteger reduce(byte[] digest) {
    return fromLittleEndian(digest).mod(L);
  }

  private static BigInteger fromLittleEndian(byte[] bytes) {
    byte[] bigEndian = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      bigEndian[i] = bytes[bytes.length - 1 - i];
    }
    return new BigInteger(1, bigEndian);
  }

  /** A value below 2^256 as 32 little-endian bytes. */
  private static byte[] littleEndian(BigInteger value) {
    byte[] bigEndian = value.toByteArray();
    byte[] out = new byte[32];
    for (int i = 0; i < Math.min(32, bigEndian.length); i++) {
      out[i] = bigEndian[bigEndian.length - 1 - i];
    }
    return out;
  }
}
