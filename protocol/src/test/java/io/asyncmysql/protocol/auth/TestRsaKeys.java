package io.asyncmysql.protocol.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/** A server key pair generated once per test run, and decryption by BouncyCastle's own OAEP. */
final class TestRsaKeys {
  static final KeyPair SERVER = generate(2048);

  private TestRsaKeys() {}

  static KeyPair generate(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static RSAPublicKey publicKey() {
    return (RSAPublicKey) SERVER.getPublic();
  }

  /** The key as a MySQL server sends it: X.509 SubjectPublicKeyInfo PEM. */
  static String spkiPem() {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(SERVER.getPublic().getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }

  /** Decrypts with RSA-OAEP, SHA-1 and MGF1-SHA-1, as the server does. */
  static byte[] decrypt(byte[] ciphertext) {
    RSAPrivateCrtKey key = (RSAPrivateCrtKey) SERVER.getPrivate();
    OAEPEncoding oaep = new OAEPEncoding(new RSAEngine(), new SHA1Digest(), new SHA1Digest(), null);
    oaep.init(
        false,
        new RSAPrivateCrtKeyParameters(
            key.getModulus(), key.getPublicExponent(), key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(),
            key.getPrimeExponentP(), key.getPrimeExponentQ(), key.getCrtCoefficient()));
    try {
      return oaep.processBlock(ciphertext, 0, ciphertext.length);
    } catch (InvalidCipherTextException e) {
      throw new AssertionError(e);
    }
  }
}
