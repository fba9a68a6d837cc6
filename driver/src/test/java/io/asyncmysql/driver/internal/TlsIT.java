package io.asyncmysql.driver.internal;

import static io.asyncmysql.driver.Connections.authenticationFailure;
import static io.asyncmysql.driver.Connections.currentUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.SslMode;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestAccount;
import io.asyncmysql.testing.TestTls;
import io.asyncmysql.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The five sslModes against a server whose certificate names localhost and 127.0.0.1. */
@ExtendWith(MySqlExtension.class)
class TlsIT {
  @Test
  void eachModeNegotiatesWhatItPromises(TestServer server) {
    String ca = server.caCertificate().orElseThrow().toString();
    assertEquals("", tlsVersion(server.url() + "?sslMode=DISABLED"));
    for (String mode : List.of("PREFERRED", "REQUIRED", "VERIFY_CA&sslCa=" + ca, "VERIFY_IDENTITY&sslCa=" + ca)) {
      assertTrue(List.of("TLSv1.2", "TLSv1.3").contains(tlsVersion(server.url() + "?sslMode=" + mode)), mode);
    }
  }

  @Test
  void verifyCaRefusesACertificateFromAnotherCa(TestServer server, @TempDir Path dir) throws Exception {
    Path otherCa = new TestPki("another CA").ca().writeCertificate(dir.resolve("other-ca.pem"));
    MySqlAuthenticationException e = authenticationFailure(server.url() + "?sslMode=VERIFY_CA&sslCa=" + otherCa);
    assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
    assertEquals(SslMode.VERIFY_CA, e.sslMode());
  }

  @Test
  void verifyIdentityRefusesAHostTheCertificateDoesNotName(TestServer server) throws Exception {
    String ca = server.caCertificate().orElseThrow().toString();
    try (LoopbackForwarder other = new LoopbackForwarder("127.0.0.2", server.host(), server.port())) {
      String url = server.url().replace(server.host() + ":" + server.port(), "127.0.0.2:" + other.port());
      assertTrue(currentUser(url + "?sslMode=VERIFY_CA&sslCa=" + ca).startsWith(server.user() + "@"), "VERIFY_CA ignores the name");
      MySqlAuthenticationException e = authenticationFailure(url + "?sslMode=VERIFY_IDENTITY&sslCa=" + ca);
      assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
    }
  }

  @Test
  void aClientCertificateLogsInAnAccountThatRequiresOne(RunningServer running) {
    TestServer server = running.server();
    TestTls tls = server.tls();
    running.execute("CREATE USER 'am_x509'@'%' REQUIRE X509", "GRANT USAGE ON *.* TO 'am_x509'@'%'");
    try {
      String base = server.as(new TestAccount("am_x509", "", "", false)).withDatabase(null).url() + "?sslMode=VERIFY_CA&sslCa=" + tls.caCertificate();
      authenticationFailure(base);
      assertEquals("am_x509@%", currentUser(base + "&sslCert=" + tls.clientCertificate() + "&sslKey=" + tls.clientKey()));
    } finally {
      running.execute("DROP USER 'am_x509'@'%'");
    }
  }

  /** The session's {@code Ssl_version}: empty without TLS. */
  private static String tlsVersion(String url) {
    MySqlConnection conn = MySqlConnection.connect(url).join();
    try {
      Row row = conn.query("SHOW SESSION STATUS LIKE 'Ssl_version'").join().get(0);
      return row.get(1, String.class);
    } finally {
      conn.close().join();
    }
  }
}
