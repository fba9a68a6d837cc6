package io.asyncmysql.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.SslMode;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsContextsTest {
  private static final TestPki TRUSTED = new TestPki("trusted CA");
  private static final TestPki OTHER = new TestPki("other CA");
  private static final TestPki.Issued LOCALHOST_ONLY = TRUSTED.server("localhost");

  @TempDir Path dir;

  @Test
  void verifyCaAcceptsACertificateOfTheConfiguredCaWithoutCheckingTheHostName() {
    TlsHandshake.Outcome outcome = handshake(options(SslMode.VERIFY_CA, TRUSTED), "127.0.0.1", server(LOCALHOST_ONLY));
    assertTrue(outcome.client().isSuccess(), () -> "client failed: " + outcome.client().cause());
  }

  @Test
  void verifyCaRejectsACertificateOfAnotherCa() {
    TlsHandshake.Outcome outcome = handshake(options(SslMode.VERIFY_CA, OTHER), "localhost", server(LOCALHOST_ONLY));
    assertRejectedCertificate(outcome);
  }

  @Test
  void verifyCaWithoutSslCaTrustsOnlyTheJdkDefaultCas() {
    MySqlConnectOptions options = base().sslMode(SslMode.VERIFY_CA).build();
    assertRejectedCertificate(handshake(options, "localhost", server(LOCALHOST_ONLY)));
  }

  @Test
  void verifyIdentityRejectsACertificateThatDoesNotNameTheHost() {
    TlsHandshake.Outcome outcome =
        handshake(options(SslMode.VERIFY_IDENTITY, TRUSTED), "127.0.0.1", server(LOCALHOST_ONLY));
    assertRejectedCertificate(outcome);
    assertTrue(causes(outcome.client().cause(), CertificateException.class), () -> "not a certificate failure: " + outcome.client().cause());
  }

  @Test
  void verifyIdentityAcceptsACertificateThatNamesTheHost() {
    TlsHandshake.Outcome outcome =
        handshake(options(SslMode.VERIFY_IDENTITY, TRUSTED), "localhost", server(LOCALHOST_ONLY));
    assertTrue(outcome.client().isSuccess(), () -> "client failed: " + outcome.client().cause());
  }

  @Test
  void verifyIdentityAcceptsAnIpAddressTheCertificateNames() {
    TlsHandshake.Outcome outcome =
        handshake(options(SslMode.VERIFY_IDENTITY, TRUSTED), "127.0.0.1", server(TRUSTED.server("localhost", "127.0.0.1")));
    assertTrue(outcome.client().isSuccess(), () -> "client failed: " + outcome.client().cause());
  }

  @Test
  void verifyIdentityStillRejectsACertificateOfAnotherCa() {
    TlsHandshake.Outcome outcome = handshake(options(SslMode.VERIFY_IDENTITY, OTHER), "localhost", server(LOCALHOST_ONLY));
    assertRejectedCertificate(outcome);
  }

  @Test
  void requiredAndPreferredAcceptAnyCertificateForAnyHost() {
    TestPki.Issued stranger = new TestPki("unknown CA").server("elsewhere.example");
    for (SslMode mode : new SslMode[] {SslMode.REQUIRED, SslMode.PREFERRED}) {
      TlsHandshake.Outcome outcome = handshake(base().sslMode(mode).build(), "127.0.0.1", server(stranger));
      assertTrue(outcome.client().isSuccess(), () -> mode + " failed: " + outcome.client().cause());
    }
  }

  @Test
  void onlyVerifyIdentityChecksTheHostNameTheHandlerWasCreatedFor() {
    for (SslMode mode : new SslMode[] {SslMode.PREFERRED, SslMode.REQUIRED, SslMode.VERIFY_CA, SslMode.VERIFY_IDENTITY}) {
      SslHandler handler = TlsContexts.newHandler(ByteBufAllocator.DEFAULT, base().sslMode(mode).build(), "db.example", 3307);
      assertEquals("db.example", handler.engine().getPeerHost());
      assertEquals(3307, handler.engine().getPeerPort());
      assertEquals(
          mode == SslMode.VERIFY_IDENTITY ? "HTTPS" : null,
          handler.engine().getSSLParameters().getEndpointIdentificationAlgorithm(),
          mode::name);
    }
  }

  @Test
  void offersOnlyTls13AndTls12() {
    SslHandler handler = TlsContexts.newHandler(ByteBufAllocator.DEFAULT, base().sslMode(SslMode.REQUIRED).build(), "localhost", 3306);
    assertEquals(Set.of("TLSv1.3", "TLSv1.2"), Set.of(handler.engine().getEnabledProtocols()));
  }

  @Test
  void negotiatesTls13WhenTheServerOffersEverything() {
    SslHandler client = TlsContexts.newHandler(ByteBufAllocator.DEFAULT, base().sslMode(SslMode.REQUIRED).build(), "localhost", 3306);
    assertTrue(TlsHandshake.run(client, server(LOCALHOST_ONLY)).client().isSuccess());
    assertEquals("TLSv1.3", client.engine().getSession().getProtocol());
  }

  @Test
  void negotiatesTls12WithAServerLimitedToIt() {
    SslHandler client = TlsContexts.newHandler(ByteBufAllocator.DEFAULT, base().sslMode(SslMode.REQUIRED).build(), "localhost", 3306);
    assertTrue(TlsHandshake.run(client, server(LOCALHOST_ONLY, "TLSv1.2")).client().isSuccess());
    assertEquals("TLSv1.2", client.engine().getSession().getProtocol());
  }

  /** The JDK disables TLSv1.1 too; {@link #offersOnlyTls13AndTls12} is what pins the driver's own choice. */
  @Test
  void findsNoCommonProtocolWithAServerLimitedToTls11() {
    TlsHandshake.Outcome outcome =
        handshake(base().sslMode(SslMode.REQUIRED).build(), "localhost", server(LOCALHOST_ONLY, "TLSv1.1"));
    assertFalse(outcome.client().isSuccess());
    assertInstanceOf(SSLHandshakeException.class, outcome.server().cause());
    assertTrue(outcome.server().cause().getMessage().contains("No appropriate protocol"), outcome.server().cause().getMessage());
  }

  @Test
  void presentsTheClientCertificateWhenConfigured() throws Exception {
    TestPki.Issued client = TRUSTED.client("app");
    MySqlConnectOptions options =
        options(SslMode.VERIFY_CA, TRUSTED).toBuilder()
            .sslCert(client.writeCertificate(dir.resolve("client.pem")))
            .sslKey(client.writeKey(dir.resolve("client-key.pem")))
            .build();
    SslHandler server = requiringClientCertificate();
    TlsHandshake.Outcome outcome = handshake(options, "localhost", server);
    assertTrue(outcome.server().isSuccess(), () -> "server failed: " + outcome.server().cause());
    assertEquals("CN=app", server.engine().getSession().getPeerPrincipal().getName());
  }

  @Test
  void presentsNoClientCertificateWhenNoneIsConfigured() {
    TlsHandshake.Outcome outcome = handshake(options(SslMode.VERIFY_CA, TRUSTED), "localhost", requiringClientCertificate());
    assertInstanceOf(SSLException.class, outcome.server().cause(), () -> "server accepted a client without certificate");
  }

  @Test
  void anUnreadableCaFileIsAnAuthenticationFailureNamingIt() {
    Path missing = dir.resolve("missing-ca.pem");
    MySqlConnectOptions options = base().sslMode(SslMode.VERIFY_CA).sslCa(missing).build();
    MySqlAuthenticationException e = assertThrows(MySqlAuthenticationException.class, () -> TlsContexts.newContext(options));
    assertTrue(e.getMessage().startsWith("sslCa: " + missing + " (expected: a readable PEM file of CA certificates)"), e.getMessage());
    assertEquals(SslMode.VERIFY_CA, e.sslMode());
    assertNull(e.authPlugin());
  }

  @Test
  void anUnusableClientKeyIsAnAuthenticationFailureNamingIt() throws Exception {
    TestPki.Issued client = TRUSTED.client("app");
    Path notAKey = Files.writeString(dir.resolve("key.pem"), "not a key");
    MySqlConnectOptions options =
        base().sslMode(SslMode.REQUIRED).sslCert(client.writeCertificate(dir.resolve("client.pem"))).sslKey(notAKey).build();
    MySqlAuthenticationException e = assertThrows(MySqlAuthenticationException.class, () -> TlsContexts.newContext(options));
    assertTrue(e.getMessage().startsWith("sslCert, sslKey: "), e.getMessage());
  }

  @Test
  void disabledHasNoContext() {
    MySqlConnectOptions options = base().sslMode(SslMode.DISABLED).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsContexts.newContext(options));
    assertEquals("sslMode: DISABLED (expected: a mode that uses TLS)", e.getMessage());
  }

  private TlsHandshake.Outcome handshake(MySqlConnectOptions options, String host, SslHandler server) {
    return TlsHandshake.run(TlsContexts.newHandler(ByteBufAllocator.DEFAULT, options, host, 3306), server);
  }

  private static void assertRejectedCertificate(TlsHandshake.Outcome outcome) {
    assertInstanceOf(SSLException.class, outcome.client().cause(), () -> "client accepted the certificate");
  }

  private static boolean causes(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private MySqlConnectOptions options(SslMode mode, TestPki ca) {
    return base().sslMode(mode).sslCa(ca.ca().writeCertificate(dir.resolve("ca.pem"))).build();
  }

  private static MySqlConnectOptions.Builder base() {
    return MySqlConnectOptions.builder().user("app");
  }

  private static SslHandler server(TestPki.Issued certificate, String... protocols) {
    try {
      SslContextBuilder builder =
          SslContextBuilder.forServer(certificate.keys().getPrivate(), certificate.certificate())
              .sslProvider(SslProvider.JDK);
      if (protocols.length > 0) {
        builder.protocols(protocols);
      }
      return builder.build().newHandler(ByteBufAllocator.DEFAULT);
    } catch (SSLException e) {
      throw new AssertionError(e);
    }
  }

  private static SslHandler requiringClientCertificate() {
    try {
      return SslContextBuilder.forServer(LOCALHOST_ONLY.keys().getPrivate(), LOCALHOST_ONLY.certificate())
          .sslProvider(SslProvider.JDK)
          .trustManager(TRUSTED.ca().certificate())
          .clientAuth(ClientAuth.REQUIRE)
          .build()
          .newHandler(ByteBufAllocator.DEFAULT);
    } catch (SSLException e) {
      throw new AssertionError(e);
    }
  }
}
