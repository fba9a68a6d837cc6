package io.asyncmysql.protocol.auth;

import static io.asyncmysql.protocol.auth.AuthTesting.sent;
import static io.asyncmysql.protocol.auth.AuthTesting.withNul;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.ProtocolException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CachingSha2PasswordTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] NONCE = HEX.parseHex("6e1f0b7a22384c5d1e7f09335a4b6c2d10293847");
  /** "secret" + NUL, XOR the nonce. */
  private static final byte[] SECRET_XOR_NONCE = HEX.parseHex("1d7a6808474c4c");
  private static final byte[] FAST_AUTH_SUCCESS = {0x03};
  private static final byte[] PERFORM_FULL_AUTHENTICATION = {0x04};

  /**
   * The server's fast authentication check, with {@code SHA256(SHA256(password))} computed by
   * MariaDB 10.11 ({@code SHA2(UNHEX(SHA2('...', 256)), 256)}): {@code SHA256(response XOR
   * SHA256(stored + nonce)) == stored}.
   */
  @ParameterizedTest
  @CsvSource({
    "secret, 3881219d087dd9c634373fd33dfa33a2cb6bfc6c520b64b8bb60ef2ceb534ae7",
    "pässwörd, e2cd1a228188f0703ba30ffe5e1bc013f0ae431d6213e97a9d2b42f78079ceab"
  })
  void serverAcceptsTheScramble(String password, String stored) throws Exception {
    byte[] response = plugin(password, Transport.TCP).initialResponse(withNul(NONCE));

    assertEquals(32, response.length);
    assertEquals(stored, HEX.formatHex(serverRecoveredHash(response, HEX.parseHex(stored))));
  }

  @Test
  void serverRejectsAnotherPassword() throws Exception {
    byte[] stored = HEX.parseHex("3881219d087dd9c634373fd33dfa33a2cb6bfc6c520b64b8bb60ef2ceb534ae7");

    byte[] response = plugin("secreT", Transport.TCP).initialResponse(NONCE);

    assertFalse(Arrays.equals(stored, serverRecoveredHash(response, stored)));
  }

  @Test
  void emptyPasswordSendsNothing() {
    assertArrayEquals(new byte[0], plugin("", Transport.TCP).initialResponse(withNul(NONCE)));
  }

  @Test
  void fastAuthSuccessWaitsForOk() {
    AuthPlugin plugin = plugin("secret", Transport.TCP);
    plugin.initialResponse(NONCE);

    assertSame(AuthStep.AWAIT_RESULT, plugin.onMoreData(FAST_AUTH_SUCCESS));
    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(FAST_AUTH_SUCCESS));
    assertEquals(
        "caching_sha2_password AuthMoreData after the exchange ended: 1 bytes (expected: OK or ERR)", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = Transport.class, names = {"TLS", "VERIFIED_TLS", "UNIX_SOCKET"})
  void fullAuthenticationOverSecureTransportSendsPasswordInClear(Transport transport) {
    AuthPlugin plugin = plugin("secret", transport);
    plugin.initialResponse(NONCE);

    assertArrayEquals("secret\0".getBytes(UTF_8), sent(plugin.onMoreData(PERFORM_FULL_AUTHENTICATION)));
    assertThrows(ProtocolException.class, () -> plugin.onMoreData(FAST_AUTH_SUCCESS));
  }

  @Test
  void fullAuthenticationWithConfiguredKeyEncrypts() {
    AuthOptions options =
        AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withServerRsaPublicKey(TestRsaKeys.publicKey());
    AuthPlugin plugin = new CachingSha2Password(options);
    plugin.initialResponse(withNul(NONCE));

    byte[] encrypted = sent(plugin.onMoreData(PERFORM_FULL_AUTHENTICATION));

    assertArrayEquals(SECRET_XOR_NONCE, TestRsaKeys.decrypt(encrypted));
    assertThrows(ProtocolException.class, () -> plugin.onMoreData(FAST_AUTH_SUCCESS));
  }

  @Test
  void fullAuthenticationWithRetrievalRequestsTheKeyWith0x02() {
    AuthOptions options = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withAllowPublicKeyRetrieval(true);
    AuthPlugin plugin = new CachingSha2Password(options);
    plugin.initialResponse(NONCE);

    assertArrayEquals(new byte[] {0x02}, sent(plugin.onMoreData(PERFORM_FULL_AUTHENTICATION)));
    byte[] encrypted = sent(plugin.onMoreData(TestRsaKeys.spkiPem().getBytes(UTF_8)));

    assertArrayEquals(SECRET_XOR_NONCE, TestRsaKeys.decrypt(encrypted));
    assertThrows(ProtocolException.class, () -> plugin.onMoreData(FAST_AUTH_SUCCESS));
  }

  @Test
  void fullAuthenticationOverPlainTcpWithoutKeyIsRefused() {
    AuthPlugin plugin = plugin("secret", Transport.TCP);
    plugin.initialResponse(NONCE);

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> plugin.onMoreData(PERFORM_FULL_AUTHENTICATION));

    assertEquals("caching_sha2_password", e.pluginName());
    assertEquals(
        "caching_sha2_password full authentication over TCP: refused to send the password unprotected (expected: TLS,"
            + " a unix socket, a configured server RSA public key, or allowPublicKeyRetrieval=true)",
        e.getMessage());
  }

  @Test
  void rejectsGarbageKey() {
    AuthOptions options = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withAllowPublicKeyRetrieval(true);
    AuthPlugin plugin = new CachingSha2Password(options);
    plugin.initialResponse(NONCE);
    plugin.onMoreData(PERFORM_FULL_AUTHENTICATION);

    assertThrows(ProtocolException.class, () -> plugin.onMoreData("-----BEGIN PUBLIC KEY-----\n".getBytes(UTF_8)));
  }

  @Test
  void rejectsUnknownFastAuthResult() {
    AuthPlugin plugin = plugin("secret", Transport.TLS);
    plugin.initialResponse(NONCE);

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[] {(byte) 0xFE}));

    assertEquals("caching_sha2_password fast authentication result: 0xfe (expected: 0x03 or 0x04)", e.getMessage());
  }

  @Test
  void rejectsFastAuthResultOfWrongLength() {
    AuthPlugin plugin = plugin("secret", Transport.TLS);
    plugin.initialResponse(NONCE);

    ProtocolException empty = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[0]));
    ProtocolException two = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[] {3, 0}));

    assertEquals("caching_sha2_password fast authentication result: 0 bytes (expected: 1)", empty.getMessage());
    assertEquals("caching_sha2_password fast authentication result: 2 bytes (expected: 1)", two.getMessage());
  }

  @Test
  void rejectsShortNonce() {
    ProtocolException e =
        assertThrows(ProtocolException.class, () -> plugin("secret", Transport.TLS).initialResponse(new byte[8]));

    assertEquals("caching_sha2_password nonce: 8 bytes (expected: 20, or 21 ending in NUL)", e.getMessage());
  }

  @Test
  void moreDataBeforeTheInitialResponseIsAProgrammingError() {
    assertThrows(IllegalStateException.class, () -> plugin("secret", Transport.TLS).onMoreData(FAST_AUTH_SUCCESS));
  }

  private static AuthPlugin plugin(String password, Transport transport) {
    return new CachingSha2Password(AuthOptions.of(password.getBytes(UTF_8), transport));
  }

  /** What the server hashes to compare with the cached hash. */
  private static byte[] serverRecoveredHash(byte[] response, byte[] stored) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update(stored);
    sha256.update(NONCE);
    byte[] mask = sha256.digest();
    for (int i = 0; i < response.length; i++) {
      response[i] ^= mask[i];
    }
    return sha256.digest(response);
  }
}
