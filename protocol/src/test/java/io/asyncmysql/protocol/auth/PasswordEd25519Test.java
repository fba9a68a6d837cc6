package io.asyncmysql.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordEd25519Test {
  private static final HexFormat HEX = HexFormat.of();

  /** Public keys printed by MariaDB 10.11: {@code SELECT ed25519_password('...')}. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "secret|ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY",
        "foo|vubFBzIrapbfHct1/J72dnUryz5VS7lA6XHH8sIx4TI",
        "''|4LH+dBF+G5W2CKTyId8xR3SyDqZoQjUNUVNxx8aWbG4",
        "pässwörd|3AcJUN7vR2AnAzs/McwNtGs2GDbHzL5YqZoIOPw62V0",
        "0123456789abcdef0123456789abcdef|I7xUkSwebpLEqGglyGfif/3FVb/71CRPF6Jqv//ull0"
      })
  void publicKeyMatchesMariaDb(String password, String serverBase64) {
    byte[] publicKey = PasswordEd25519.publicKey(password.getBytes(UTF_8));

    assertEquals(serverBase64, Base64.getEncoder().withoutPadding().encodeToString(publicKey));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "secret|ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY",
        "''|4LH+dBF+G5W2CKTyId8xR3SyDqZoQjUNUVNxx8aWbG4",
        "pässwörd|3AcJUN7vR2AnAzs/McwNtGs2GDbHzL5YqZoIOPw62V0"
      })
  void signatureVerifiesWithMariaDbPublicKey(String password, String serverBase64) {
    byte[] serverKey = Base64.getDecoder().decode(serverBase64);
    byte[] nonce = HEX.parseHex("c4a6e7a9ef55d3e53a53ab7e4ac8e0beb7e6f6fa3bd6e48bb5c9f3040ab4d8e1");

    byte[] signature = PasswordEd25519.sign(password.getBytes(UTF_8), nonce);

    assertEquals(64, signature.length);
    assertTrue(Ed25519.verify(signature, 0, serverKey, 0, nonce, 0, nonce.length));
    nonce[0] ^= 1;
    assertFalse(Ed25519.verify(signature, 0, serverKey, 0, nonce, 0, nonce.length));
  }

  /** RFC 8032, section 7.1, TEST 1 and TEST 3: a 32-byte password is a standard Ed25519 seed. */
  @ParameterizedTest
  @CsvSource({
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60, '',"
        + " d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a,"
        + " e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7, af82,"
        + " fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025,"
        + " 6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
  })
  void rfc8032Vectors(String secretKey, String message, String publicKey, String signature) {
    byte[] password = HEX.parseHex(secretKey);
    byte[] msg = HEX.parseHex(message);

    assertEquals(publicKey, HEX.formatHex(PasswordEd25519.publicKey(password)));
    assertEquals(signature, HEX.formatHex(PasswordEd25519.sign(password, msg)));
  }

  @Test
  void thirtyTwoBytePasswordsSignLikeBouncyCastleEd25519() {
    Random random = new Random(25519);
    for (int i = 0; i < 64; i++) {
      byte[] seed = new byte[32];
      random.nextBytes(seed);
      byte[] message = new byte[32];
      random.nextBytes(message);
      byte[] expectedKey = new byte[32];
      Ed25519.generatePublicKey(seed, 0, expectedKey, 0);
      byte[] expectedSignature = new byte[64];
      Ed25519.sign(seed, 0, message, 0, message.length, expectedSignature, 0);

      assertArrayEquals(expectedKey, PasswordEd25519.publicKey(seed), "public key " + i);
      assertArrayEquals(expectedSignature, PasswordEd25519.sign(seed, message), "signature " + i);
    }
  }
}
