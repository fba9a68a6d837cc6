package io.asyncmysql.driver;

import static io.asyncmysql.driver.Connections.authenticationFailure;
import static io.asyncmysql.driver.Connections.currentUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.EnabledOnFlavour;
import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestAccount;
import io.asyncmysql.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every account the test server has, every auth plugin, and the refusals. */
@ExtendWith(MySqlExtension.class)
class AuthenticationIT {
  @Test
  void everyTestAccountLogsInOverTls(TestServer server) {
    for (TestAccount account : server.accounts()) {
      assertEquals(account.user() + "@%", currentUser(server.as(account).url() + "?sslMode=REQUIRED"), account.toString());
    }
  }

  @Test
  void theEmptyPasswordAccountLogsInWithoutTls(TestServer server) {
    TestAccount empty = server.accountWithoutPassword().orElseThrow();
    assertEquals(empty.user() + "@%", currentUser(server.as(empty).url() + "?sslMode=DISABLED"));
  }

  @Test
  void aWrongPasswordNamesThePluginAndTheSslMode(TestServer server) {
    TestAccount account = server.accounts().get(0);
    TestServer wrong = server.as(new TestAccount(account.user(), "wrong", account.plugin(), false));
    MySqlAuthenticationException e = authenticationFailure(wrong.url() + "?sslMode=REQUIRED");
    assertEquals(MySqlServerException.class, e.getCause().getClass());
    assertEquals(1045, ((MySqlServerException) e.getCause()).errorCode());
    assertEquals(SslMode.REQUIRED, e.sslMode());
    assertTrue(e.getMessage().contains("authPlugin"), e.getMessage());
  }

  @Test
  void anAccountThatRequiresTlsIsRefusedWithoutIt(TestServer server) {
    TestAccount tls = server.accountRequiringTls().orElseThrow();
    authenticationFailure(server.as(tls).url() + "?sslMode=DISABLED");
    assertEquals(tls.user() + "@%", currentUser(server.as(tls).url() + "?sslMode=REQUIRED"));
  }

  @Test
  void aWrongDatabaseIsAServerError(TestServer server) {
    CompletionException e = assertThrows(CompletionException.class,
        () -> MySqlConnection.connect(server.withDatabase("no_such_database").url()).join());
    MySqlAuthenticationException auth = assertInstanceOf(MySqlAuthenticationException.class, e.getCause());
    assertEquals(1049, ((MySqlServerException) auth.getCause()).errorCode());
  }

  @Test
  @EnabledOnFlavour(value = Flavour.MARIADB, reason = "ed25519 is MariaDB's plugin")
  void ed25519LogsIn(TestServer server) {
    TestServer ed = server.as(server.account(TestAccount.ED25519).orElseThrow());
    assertEquals(ed.user() + "@%", currentUser(ed.url() + "?sslMode=DISABLED"));
  }

  @Test
  @EnabledOnFlavour(value = Flavour.MYSQL, reason = "caching_sha2_password full authentication is MySQL's")
  void cachingSha2FullAuthenticationOverPlainTcpNeedsAKey(RunningServer running, @TempDir Path dir) throws Exception {
    TestServer server = running.server();
    running.execute("CREATE USER 'am_cold'@'%' IDENTIFIED WITH caching_sha2_password BY 'cold-secret'",
        "GRANT ALL ON *.* TO 'am_cold'@'%'");
    try {
      TestServer cold = server.as(new TestAccount("am_cold", "cold-secret", TestAccount.CACHING_SHA2_PASSWORD, false));
      MySqlAuthenticationException refused = authenticationFailure(cold.url() + "?sslMode=DISABLED");
      assertTrue(refused.getMessage().contains("allowPublicKeyRetrieval"), refused.getMessage());

      assertEquals("am_cold@%", currentUser(cold.url() + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"));

      running.execute("FLUSH PRIVILEGES");
      String pem = serverPublicKey(cold);
      Path keyFile = Files.writeString(dir.resolve("server-key.pem"), pem);
      assertEquals("am_cold@%", currentUser(cold.url() + "?sslMode=DISABLED&serverRsaPublicKeyFile=" + keyFile));

      running.execute("FLUSH PRIVILEGES");
      assertEquals("am_cold@%", currentUser(cold.url() + "?sslMode=REQUIRED"), "full authentication over TLS");
      assertEquals("am_cold@%", currentUser(cold.url() + "?sslMode=DISABLED"), "fast authentication from the cache");
    } finally {
      running.execute("DROP USER 'am_cold'@'%'");
    }
  }

  @Test
  @EnabledOnFlavour(value = Flavour.MYSQL, reason = "sha256_password is MySQL's")
  void sha256PasswordOverTlsAndOverRsa(TestServer server) {
    TestServer sha = server.as(server.account(TestAccount.SHA256_PASSWORD).orElseThrow());
    assertEquals(sha.user() + "@%", currentUser(sha.url() + "?sslMode=REQUIRED"));
    assertEquals(sha.user() + "@%", currentUser(sha.url() + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"));
    authenticationFailure(sha.url() + "?sslMode=DISABLED");
  }

  private static String serverPublicKey(TestServer server) {
    MySqlConnection admin = MySqlConnection.connect(server.as(new TestAccount("root", "", "", false)).url()).join();
    try {
      return admin.query("SHOW STATUS LIKE 'Caching_sha2_password_rsa_public_key'").join().get(0).get(1, String.class);
    } finally {
      admin.close().join();
    }
  }
}
