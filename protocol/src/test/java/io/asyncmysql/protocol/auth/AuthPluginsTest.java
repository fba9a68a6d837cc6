package io.asyncmysql.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthPluginsTest {
  private static final AuthOptions OPTIONS = AuthOptions.of("secret".getBytes(UTF_8), Transport.TLS);

  @ParameterizedTest
  @CsvSource({
    "mysql_native_password, io.asyncmysql.protocol.auth.MysqlNativePassword",
    "caching_sha2_password, io.asyncmysql.protocol.auth.CachingSha2Password",
    "sha256_password, io.asyncmysql.protocol.auth.Sha256Password",
    "mysql_clear_password, io.asyncmysql.protocol.auth.MysqlClearPassword",
    "client_ed25519, io.asyncmysql.protocol.auth.ClientEd25519"
  })
  void findsEverySupportedPlugin(String name, Class<?> type) {
    AuthPlugin plugin = AuthPlugins.byName(name, OPTIONS);

    assertInstanceOf(type, plugin);
    assertEquals(name, plugin.name());
  }

  @Test
  void unknownPluginIsNamed() {
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> AuthPlugins.byName("dialog", OPTIONS));

    assertEquals("dialog", e.pluginName());
    assertEquals(
        "authentication plugin: dialog (expected: one of [mysql_native_password, caching_sha2_password,"
            + " sha256_password, mysql_clear_password, client_ed25519])",
        e.getMessage());
  }

  @Test
  void pluginNamesAreCaseSensitive() {
    assertThrows(AuthenticationException.class, () -> AuthPlugins.byName("MYSQL_NATIVE_PASSWORD", OPTIONS));
  }

  @Test
  void pluginOutsideTheAllowListIsRefused() {
    AuthOptions options = OPTIONS.withAllowedPlugins(Set.of("client_ed25519", "caching_sha2_password"));

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> AuthPlugins.byName("mysql_clear_password", options));

    assertEquals("mysql_clear_password", e.pluginName());
    assertEquals(
        "authentication plugin not allowed: mysql_clear_password (expected: one of [caching_sha2_password,"
            + " client_ed25519])",
        e.getMessage());
  }

  @Test
  void pluginOnTheAllowListIsFound() {
    AuthOptions options = OPTIONS.withAllowedPlugins(Set.of("client_ed25519"));

    assertEquals("client_ed25519", AuthPlugins.byName("client_ed25519", options).name());
  }
}
