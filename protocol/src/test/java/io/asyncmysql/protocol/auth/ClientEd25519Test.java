package io.asyncmysql.protocol.auth;

import static io.asyncmysql.protocol.auth.AuthTesting.withNul;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.ProtocolException;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

class ClientEd25519Test {
  private static final byte[] NONCE =
      HexFormat.of().parseHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0");
  /** MariaDB 10.11: {@code SELECT ed25519_password('secret')}. */
  private static final byte[] SERVER_KEY = Base64.getDecoder().decode("ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY");

  @Test
  void respondsWithSignatureTheServerVerifies() {
    AuthPlugin plugin = plugin("secret");

    byte[] signature = plugin.initialResponse(NONCE);

    assertEquals(64, signature.length);
    assertTrue(Ed25519.verify(signature, 0, SERVER_KEY, 0, NONCE, 0, NONCE.length));
  }

  @Test
  void ignoresTrailingNul() {
    assertArrayEquals(plugin("secret").initialResponse(NONCE), plugin("secret").initialResponse(withNul(NONCE)));
  }

  @Test
  void rejectsTheTwentyByteScramble() {
    byte[] scramble = new byte[21];

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin("secret").initialResponse(scramble));

    assertEquals("client_ed25519 nonce: 21 bytes (expected: 32, or 33 ending in NUL)", e.getMessage());
  }

  @Test
  void rejectsAuthMoreData() {
    AuthPlugin plugin = plugin("secret");
    plugin.initialResponse(NONCE);

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[] {3}));

    assertEquals("client_ed25519 AuthMoreData after the signature: 1 bytes (expected: OK or ERR)", e.getMessage());
  }

  private static AuthPlugin plugin(String password) {
    return new ClientEd25519(AuthOptions.of(password.getBytes(UTF_8), Transport.TCP));
  }
}
