package io.asyncmysql.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** The scripted server itself, driven by a bare socket client. */
class ScriptedServerTest {
  private static final byte[] SSL_REQUEST = new byte[32];

  @Test
  void recordsWhatTheClientSendsAndAnswersWithSequencedPackets() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      c.greeting(ScriptedServer.MYSQL_8_CAPABILITIES, "mysql_native_password");
      c.read();
      c.ok();
    }); Socket client = new Socket("127.0.0.1", server.port())) {
      DataInputStream in = new DataInputStream(client.getInputStream());
      assertEquals(0, readPacket(in)[3], "the greeting is packet 0");
      writePacket(client.getOutputStream(), 1, "hello".getBytes(UTF_8));
      byte[] ok = readPacket(in);
      assertEquals(2, ok[3], "the answer follows the client's packet");
      assertEquals(0, ok[4], "OK");
      assertTrue(server.receivedText("hello"));
    }
  }

  @Test
  void startTlsPresentsTheCertificateAndRecordsThePlaintext() throws Exception {
    CompletableFuture<byte[]> afterTls = new CompletableFuture<>();
    try (ScriptedServer server = ScriptedServer.start(c -> {
      c.greeting(ScriptedServer.MYSQL_8_CAPABILITIES_WITH_SSL, "mysql_clear_password");
      c.read();
      c.startTls();
      afterTls.complete(c.read());
      c.ok();
    }); Socket plain = new Socket("127.0.0.1", server.port())) {
      readPacket(new DataInputStream(plain.getInputStream()));
      writePacket(plain.getOutputStream(), 1, SSL_REQUEST);
      SSLSocket tls = upgrade(plain, trusting(server), "localhost");
      tls.startHandshake();
      writePacket(tls.getOutputStream(), 2, "secret-in-tls".getBytes(UTF_8));

      assertArrayEquals("secret-in-tls".getBytes(UTF_8), afterTls.get(30, TimeUnit.SECONDS));
      assertEquals(0, readPacket(new DataInputStream(tls.getInputStream()))[4], "OK, encrypted");
      assertTrue(server.receivedText("secret-in-tls"), "the recording holds the decrypted bytes");
      assertEquals(List.of(), server.scriptFailures());
    }
  }

  @Test
  void aCertificateForOtherHostsFailsHostNameVerification() throws Exception {
    CompletableFuture<Throwable> serverSide = new CompletableFuture<>();
    try (ScriptedServer server = ScriptedServer.start(List.of("db.example"), c -> {
      c.greeting(ScriptedServer.MYSQL_8_CAPABILITIES_WITH_SSL, "mysql_native_password");
      c.read();
      try {
        c.startTls();
        serverSide.complete(null);
      } catch (SSLException refused) {
        serverSide.complete(refused);
      }
    }); Socket plain = new Socket("127.0.0.1", server.port())) {
      readPacket(new DataInputStream(plain.getInputStream()));
      writePacket(plain.getOutputStream(), 1, SSL_REQUEST);
      SSLSocket tls = upgrade(plain, trusting(server), "localhost");

      assertThrows(SSLException.class, tls::startHandshake);
      assertInstanceOf(SSLException.class, serverSide.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void afterARefusedHandshakeTheScriptStillSeesWhatTheClientSendsInClear() throws Exception {
    CompletableFuture<byte[]> inClear = new CompletableFuture<>();
    try (ScriptedServer server = ScriptedServer.start(c -> {
      c.greeting(ScriptedServer.MYSQL_8_CAPABILITIES_WITH_SSL, "mysql_native_password");
      c.read();
      assertThrows(SSLException.class, c::startTls);
      inClear.complete(c.read());
    }); Socket plain = new Socket("127.0.0.1", server.port())) {
      readPacket(new DataInputStream(plain.getInputStream()));
      writePacket(plain.getOutputStream(), 1, SSL_REQUEST);
      plain.getOutputStream().write(new byte[] {0x15, 3, 3, 0, 2, 2, 40});
      writePacket(plain.getOutputStream(), 2, "leaked".getBytes(UTF_8));

      assertArrayEquals("leaked".getBytes(UTF_8), inClear.get(30, TimeUnit.SECONDS));
      assertTrue(server.receivedText("leaked"));
    }
  }

  private static SSLContext trusting(ScriptedServer server) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    try (InputStream pem = Files.newInputStream(server.certificate())) {
      store.setCertificateEntry("scripted", CertificateFactory.getInstance("X.509").generateCertificate(pem));
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static SSLSocket upgrade(Socket plain, SSLContext context, String host) throws IOException {
    SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, plain.getPort(), false);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    parameters.setServerNames(List.of(new SNIHostName(host)));
    tls.setSSLParameters(parameters);
    return tls;
  }

  private static byte[] readPacket(DataInputStream in) throws IOException {
    byte[] header = new byte[4];
    in.readFully(header);
    int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
    byte[] packet = new byte[4 + length];
    System.arraycopy(header, 0, packet, 0, 4);
    in.readFully(packet, 4, length);
    return packet;
  }

  private static void writePacket(OutputStream out, int sequence, byte[] payload) throws IOException {
    out.write(new byte[] {(byte) payload.length, (byte) (payload.length >>> 8), (byte) (payload.length >>> 16), (byte) sequence});
    out.write(payload);
    out.flush();
  }
}
