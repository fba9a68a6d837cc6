package io.asyncmysql.protocol.auth;

import static io.asyncmysql.protocol.auth.AuthTesting.withNul;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.ProtocolException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MysqlNativePasswordTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] NONCE = HEX.parseHex("3a2f5c1d7e6b0a4f59226d31473c2b7c0e5d6a13");

  /**
   * The server's check, with {@code SHA1(SHA1(password))} as MariaDB 10.11 prints it ({@code
   * PASSWORD('...')} without the '*'): {@code SHA1(response XOR SHA1(nonce + stored)) == stored}.
   */
  @ParameterizedTest
  @CsvSource({
    "secret, 14E65567ABDB5135D0CFD9A70B3032C179A49EE7",
    "pässwörd, 0225EC5004ABB0B8CB557541FE53DE1A5D8CC825"
  })
  void serverAcceptsTheScramble(String password, String stored) throws Exception {
    byte[] response = start(password, withNul(NONCE));

    assertEquals(20, response.length);
    assertEquals(stored, HEX.withUpperCase().formatHex(serverRecoveredHash(response, HEX.parseHex(stored))));
  }

  @Test
  void serverRejectsAnotherPassword() throws Exception {
    byte[] stored = HEX.parseHex("14E65567ABDB5135D0CFD9A70B3032C179A49EE7");

    byte[] recovered = serverRecoveredHash(start("Secret", NONCE), stored);

    assertFalse(Arrays.equals(stored, recovered));
  }

  @Test
  void nonceWithAndWithoutNulGiveTheSameResponse() {
    assertArrayEquals(start("secret", NONCE), start("secret", withNul(NONCE)));
  }

  @Test
  void emptyPasswordSendsNothing() {
    assertArrayEquals(new byte[0], start("", withNul(NONCE)));
  }

  @Test
  void rejectsShortNonce() {
    ProtocolException e = assertThrows(ProtocolException.class, () -> start("secret", Arrays.copyOf(NONCE, 19)));

    assertEquals("mysql_native_password nonce: 19 bytes (expected: 20, or 21 ending in NUL)", e.getMessage());
  }

  @Test
  void rejectsLongNonceWithoutNul() {
    byte[] pluginData = Arrays.copyOf(NONCE, 21);
    pluginData[20] = 'x';

    ProtocolException e = assertThrows(ProtocolException.class, () -> start("secret", pluginData));

    assertEquals("mysql_native_password nonce: 21 bytes (expected: 20, or 21 ending in NUL)", e.getMessage());
  }

  @Test
  void rejectsAuthMoreData() {
    AuthPlugin plugin = new MysqlNativePassword(AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP));
    plugin.initialResponse(NONCE);

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[] {4}));

    assertEquals(
        "mysql_native_password AuthMoreData after the scramble: 1 bytes (expected: OK or ERR)", e.getMessage());
  }

  private static byte[] start(String password, byte[] pluginData) {
    return new MysqlNativePassword(AuthOptions.of(password.getBytes(UTF_8), Transport.TCP)).initialResponse(pluginData);
  }

  /** What the server hashes to compare with the stored hash. */
  private static byte[] serverRecoveredHash(byte[] response, byte[] stored) throws Exception {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    sha1.update(NONCE);
    byte[] mask = sha1.digest(stored);
    for (int i = 0; i < response.length; i++) {
      response[i] ^= mask[i];
    }
    return sha1.digest(response);
  }
}
