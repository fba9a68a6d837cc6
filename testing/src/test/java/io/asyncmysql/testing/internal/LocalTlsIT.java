package io.asyncmysql.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestServers;
import io.asyncmysql.testing.TestTls;
import java.io.DataInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared server speaks TLS with a certificate chain that verifies against the CA it exposes. */
class LocalTlsIT {
  private static final int CLIENT_PROTOCOL_41 = 0x200;
  private static final int CLIENT_SSL = 0x800;
  private static final int CLIENT_SECURE_CONNECTION = 0x8000;

  @Test
  void theChainAndTheHostnameVerifyAgainstTheExposedCa() throws Exception {
    TestServer server = TestServers.shared().server();
    Path ca = server.caCertificate().orElseThrow(() -> new AssertionError("no CA for " + server));

    try (SSLSocket tls = upgrade(server, ca)) {
      tls.startHandshake();
      X509Certificate peer = (X509Certificate) tls.getSession().getPeerCertificates()[0];
      assertEquals("CN=localhost", peer.getSubjectX500Principal().getName());
    }
  }

  @Test
  void anotherCaIsRefused(@TempDir Path otherDir) throws Exception {
    TestServer server = TestServers.shared().server();
    TestTls other = LocalTls.generate(otherDir);

    try (SSLSocket tls = upgrade(server, other.caCertificate())) {
      assertThrows(SSLHandshakeException.class, tls::startHandshake);
    }
  }

  private static SSLSocket upgrade(TestServer server, Path caFile) throws Exception {
    Socket socket = new Socket(server.host(), server.port());
    socket.setSoTimeout(10_000);
    Greeting greeting = Greeting.read(new DataInputStream(socket.getInputStream()));
    assertEquals(CLIENT_SSL, greeting.capabilities() & CLIENT_SSL, "server offers no TLS");
    byte[] sslRequest = new byte[32];
    int capabilities = CLIENT_PROTOCOL_41 | CLIENT_SSL | CLIENT_SECURE_CONNECTION;
    for (int i = 0; i < 4; i++) {
      sslRequest[i] = (byte) (capabilities >>> (8 * i));
    }
    sslRequest[6] = 0x00;
    sslRequest[7] = 0x01;
    sslRequest[8] = 45;
    Packets.write(socket.getOutputStream(), 1, sslRequest);

    SSLContext context = SSLContext.getInstance("TLS");
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trustStore(caFile));
    context.init(null, trust.getTrustManagers(), null);
    SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, server.host(), server.port(), true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    tls.setSSLParameters(parameters);
    return tls;
  }

  private static KeyStore trustStore(Path caFile) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = Files.newInputStream(caFile)) {
      store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    return store;
  }
}
