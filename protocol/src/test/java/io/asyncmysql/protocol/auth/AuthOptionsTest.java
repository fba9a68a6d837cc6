package io.asyncmysql.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthOptionsTest {
  @Test
  void defaultsAreSafe() {
    AuthOptions options = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP);

    assertFalse(options.allowPublicKeyRetrieval());
    assertEquals(null, options.serverRsaPublicKey());
    assertFalse(options.allowCleartextPassword());
    assertEquals(Set.of(), options.allowedPlugins());
  }

  @Test
  void toStringHidesThePassword() {
    AuthOptions options =
        AuthOptions.of("hunter2".getBytes(UTF_8), Transport.TLS)
            .withServerRsaPublicKey(TestRsaKeys.publicKey())
            .withAllowedPlugins(Set.of("client_ed25519"));

    assertEquals(
        "AuthOptions[password=***, transport=TLS, allowPublicKeyRetrieval=false, serverRsaPublicKey=configured,"
            + " allowCleartextPassword=false, allowedPlugins=[client_ed25519]]",
        options.toString());
  }

  @Test
  void passwordIsCopiedInAndOut() {
    byte[] password = "secret".getBytes(UTF_8);
    AuthOptions options = AuthOptions.of(password, Transport.TCP);

    password[0] = 'X';
    options.password()[1] = 'X';

    assertArrayEquals("secret".getBytes(UTF_8), options.password());
  }

  @Test
  void allowListIsCopied() {
    Set<String> names = new HashSet<>(Set.of("client_ed25519"));
    AuthOptions options = AuthOptions.of(new byte[0], Transport.TCP).withAllowedPlugins(names);

    names.add("mysql_clear_password");

    assertEquals(Set.of("client_ed25519"), options.allowedPlugins());
  }

  @Test
  void equalityComparesPasswordContents() {
    AuthOptions a = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withAllowCleartextPassword(true);
    AuthOptions b = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withAllowCleartextPassword(true);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, AuthOptions.of("secreT".getBytes(UTF_8), Transport.TCP).withAllowCleartextPassword(true));
    assertNotEquals(a, b.withAllowCleartextPassword(false));
  }

  @Test
  void transportIsRequired() {
    assertThrows(NullPointerException.class, () -> AuthOptions.of(new byte[0], null));
  }
}
