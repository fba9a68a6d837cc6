package io.asyncmysql.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RsaPasswordTest {
  private static final byte[] NONCE = HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f1011121314");

  @Test
  void encryptsPasswordAndNulXorNonce() {
    byte[] encrypted = RsaPassword.encrypt("p", "secret".getBytes(UTF_8), NONCE, TestRsaKeys.publicKey());

    assertEquals(256, encrypted.length);
    // 's' ^ 0x01, 'e' ^ 0x02, 'c' ^ 0x03, 'r' ^ 0x04, 'e' ^ 0x05, 't' ^ 0x06, NUL ^ 0x07
    assertArrayEquals(HexFormat.of().parseHex("72676076607207"), TestRsaKeys.decrypt(encrypted));
  }

  @Test
  void repeatsTheNonceOverLongPasswords() {
    byte[] password = "abcdefghijklmnopqrstuvwxy".getBytes(UTF_8);

    byte[] plaintext = TestRsaKeys.decrypt(RsaPassword.encrypt("p", password, NONCE, TestRsaKeys.publicKey()));

    assertEquals(26, plaintext.length);
    assertEquals('a' ^ 0x01, plaintext[0]);
    assertEquals('t' ^ 0x14, plaintext[19]);
    assertEquals('u' ^ 0x01, plaintext[20]);
    assertEquals('y' ^ 0x05, plaintext[24]);
    assertEquals(0x06, plaintext[25]);
  }

  @Test
  void encryptionIsRandomized() {
    byte[] password = "secret".getBytes(UTF_8);
    byte[] first = RsaPassword.encrypt("p", password, NONCE, TestRsaKeys.publicKey());
    byte[] second = RsaPassword.encrypt("p", password, NONCE, TestRsaKeys.publicKey());

    assertArrayEquals(TestRsaKeys.decrypt(first), TestRsaKeys.decrypt(second));
    assertFalse(Arrays.equals(first, second));
  }

  @Test
  void refusesPasswordTooLongForTheKey() {
    RSAPublicKey small = (RSAPublicKey) TestRsaKeys.generate(1024).getPublic();
    byte[] fits = new byte[128 - 42 - 1];
    byte[] tooLong = new byte[128 - 42];

    assertEquals(128, RsaPassword.encrypt("sha256_password", fits, NONCE, small).length);
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> RsaPassword.encrypt("sha256_password", tooLong, NONCE, small));
    assertEquals("sha256_password", e.pluginName());
    assertEquals(
        "sha256_password RSA-encrypted password: 87 bytes (expected: <= 86 for a 1024-bit server key)", e.getMessage());
  }
}
