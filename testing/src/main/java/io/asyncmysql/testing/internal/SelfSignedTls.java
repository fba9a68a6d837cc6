package io.asyncmysql.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A self-signed server certificate made with BouncyCastle (an EC P-256 key: quick to make), naming the given hosts in its subject
 * alternative names (IPv4 literals as IP addresses, anything else as DNS names), and the server-side
 * TLS context that presents it. No CA signed it: a client trusts it only when told to.
 */
public final class SelfSignedTls {
  private static final char[] KEY_PASSWORD = "scripted".toCharArray();

  private final X509Certificate certificate;
  private final SSLContext serverContext;

  private SelfSignedTls(X509Certificate certificate, SSLContext serverContext) {
    this.certificate = certificate;
    this.serverContext = serverContext;
  }

  /**
   * Generates a new key pair and a certificate for {@code hosts}.
   *
   * @param hosts the names and addresses the certificate names, e.g. {@code localhost}, {@code 127.0.0.1}
   */
  public static SelfSignedTls generate(String... hosts) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      KeyPair keys = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=" + hosts[0]);
      GeneralNames names = new GeneralNames(Arrays.stream(hosts).map(SelfSignedTls::generalName).toArray(GeneralName[]::new));
      X509Certificate certificate = LocalTls.sign(subject, keys, subject, keys, false, names);
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", keys.getPrivate(), KEY_PASSWORD, new Certificate[] {certificate});
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(store, KEY_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), null, null);
      return new SelfSignedTls(certificate, context);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate a self-signed certificate", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The TLS context of a server that presents this certificate. */
  public SSLContext serverContext() {
    return serverContext;
  }

  /** Writes the certificate as PEM to {@code file}, for a client to trust it. */
  public Path writeCertificate(Path file) {
    try {
      return LocalTls.write(file, certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GeneralName generalName(String host) {
    boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    return new GeneralName(ipv4 ? GeneralName.iPAddress : GeneralName.dNSName, host);
  }
}
