package io.asyncmysql.protocol.auth;

import static io.asyncmysql.protocol.auth.AuthTesting.sent;
import static io.asyncmysql.protocol.auth.AuthTesting.withNul;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.ProtocolException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256PasswordTest {
  private static final byte[] NONCE = HexFormat.of().parseHex("6e1f0b7a22384c5d1e7f09335a4b6c2d10293847");
  /** "secret" + NUL, XOR the nonce. */
  private static final byte[] SECRET_XOR_NONCE = HexFormat.of().parseHex("1d7a6808474c4c");

  @Test
  void tlsSendsPasswordInClear() {
    AuthPlugin plugin = new Sha256Password(AuthOptions.of("secret".getBytes(UTF_8), Transport.TLS));

    assertArrayEquals("secret\0".getBytes(UTF_8), plugin.initialResponse(withNul(NONCE)));
    assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[] {1}));
  }

  @Test
  void configuredKeyEncryptsInTheFirstResponse() {
    AuthOptions options =
        AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withServerRsaPublicKey(TestRsaKeys.publicKey());
    AuthPlugin plugin = new Sha256Password(options);

    byte[] encrypted = plugin.initialResponse(withNul(NONCE));

    assertArrayEquals(SECRET_XOR_NONCE, TestRsaKeys.decrypt(encrypted));
  }

  @Test
  void retrievalRequestsTheKeyWith0x01() {
    AuthOptions options = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withAllowPublicKeyRetrieval(true);
    AuthPlugin plugin = new Sha256Password(options);

    assertArrayEquals(new byte[] {0x01}, plugin.initialResponse(NONCE));
    byte[] encrypted = sent(plugin.onMoreData(TestRsaKeys.spkiPem().getBytes(UTF_8)));

    assertArrayEquals(SECRET_XOR_NONCE, TestRsaKeys.decrypt(encrypted));
    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[2]));
    assertEquals("sha256_password AuthMoreData after the password: 2 bytes (expected: OK or ERR)", e.getMessage());
  }

  @Test
  void configuredKeyWinsOverRetrieval() {
    AuthOptions options =
        AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP)
            .withAllowPublicKeyRetrieval(true)
            .withServerRsaPublicKey(TestRsaKeys.publicKey());

    byte[] encrypted = new Sha256Password(options).initialResponse(NONCE);

    assertArrayEquals(SECRET_XOR_NONCE, TestRsaKeys.decrypt(encrypted));
  }

  @Test
  void plainTcpWithoutKeyIsRefused() {
    AuthPlugin plugin = new Sha256Password(AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> plugin.initialResponse(NONCE));

    assertEquals("sha256_password", e.pluginName());
    assertEquals(
        "sha256_password full authentication over TCP: refused to send the password unprotected (expected: TLS,"
            + " a configured server RSA public key, or allowPublicKeyRetrieval=true)",
        e.getMessage());
  }

  /** MySQL 9.7 denies access to a clear sha256_password over a unix socket; it needs RSA there too. */
  @Test
  void unixSocketNeedsRsa() {
    AuthOptions options = AuthOptions.of("secret".getBytes(UTF_8), Transport.UNIX_SOCKET);

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> new Sha256Password(options).initialResponse(NONCE));
    byte[] request = new Sha256Password(options.withAllowPublicKeyRetrieval(true)).initialResponse(NONCE);

    assertEquals(
        "sha256_password full authentication over UNIX_SOCKET: refused to send the password unprotected (expected:"
            + " TLS, a configured server RSA public key, or allowPublicKeyRetrieval=true)",
        e.getMessage());
    assertArrayEquals(new byte[] {0x01}, request);
  }

  @Test
  void emptyPasswordSendsOneNulByteEvenOverPlainTcp() {
    AuthPlugin plugin = new Sha256Password(AuthOptions.of(new byte[0], Transport.TCP));

    assertArrayEquals(new byte[] {0}, plugin.initialResponse(NONCE));
    assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[] {1}));
  }

  @Test
  void rejectsGarbageKey() {
    AuthOptions options = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withAllowPublicKeyRetrieval(true);
    AuthPlugin plugin = new Sha256Password(options);
    plugin.initialResponse(NONCE);

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[] {0x03}));

    assertEquals(
        "RSA public key PEM header: ? (expected: -----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----)",
        e.getMessage());
  }

  @Test
  void rejectsShortNonce() {
    AuthPlugin plugin = new Sha256Password(AuthOptions.of("secret".getBytes(UTF_8), Transport.TLS));

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.initialResponse(new byte[0]));

    assertEquals("sha256_password nonce: 0 bytes (expected: 20, or 21 ending in NUL)", e.getMessage());
  }

  @Test
  void moreDataBeforeTheInitialResponseIsAProgrammingError() {
    AuthPlugin plugin = new Sha256Password(AuthOptions.of("secret".getBytes(UTF_8), Transport.TLS));

    assertThrows(IllegalStateException.class, () -> plugin.onMoreData(new byte[] {1}));
  }
}
