package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.TestTls;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates, with BouncyCastle, the TLS material a local test server starts with: a CA, a server
 * certificate for {@code localhost} and {@code 127.0.0.1} signed by it, and a client certificate.
 * Written as PEM files: {@code ca.pem}, {@code server-cert.pem}, {@code server-key.pem}, {@code
 * client-cert.pem}, {@code client-key.pem}.
 */
final class LocalTls {
  private static final Duration VALIDITY = Duration.ofDays(2);
  private static final SecureRandom RANDOM = new SecureRandom();

  private LocalTls() {}

  /** Writes the material into {@code dir} and describes it. */
  static TestTls generate(Path dir) {
    try {
      KeyPair caKeys = rsaKeyPair();
      X500Name caName = new X500Name("CN=asyncmysql test CA");
      X509Certificate ca = sign(caName, caKeys, caName, caKeys, true, null);
      KeyPair serverKeys = rsaKeyPair();
      GeneralNames serverNames =
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")
              });
      X509Certificate server = sign(new X500Name("CN=localhost"), serverKeys, caName, caKeys, false, serverNames);
      KeyPair clientKeys = rsaKeyPair();
      X509Certificate client = sign(new X500Name("CN=asyncmysql test client"), clientKeys, caName, caKeys, false, null);

      Path caFile = write(dir.resolve("ca.pem"), ca);
      write(dir.resolve("server-cert.pem"), server);
      write(dir.resolve("server-key.pem"), serverKeys.getPrivate());
      Path clientCert = write(dir.resolve("client-cert.pem"), client);
      Path clientKey = write(dir.resolve("client-key.pem"), clientKeys.getPrivate());
      return new TestTls(caFile, clientCert, clientKey);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate test certificates", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KeyPair rsaKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, RANDOM);
    return generator.generateKeyPair();
  }

  static X509Certificate sign(
      X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys, boolean isCa, GeneralNames names)
      throws IOException, GeneralSecurityException, OperatorCreationException {
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(VALIDITY)),
            subject,
            subjectKeys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
    if (names != null) {
      builder.addExtension(Extension.subjectAlternativeName, false, names);
    }
    String signature = issuerKeys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder(signature).build(issuerKeys.getPrivate())));
  }

  static Path write(Path file, Object pemObject) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
      if (pemObject instanceof PrivateKey key) {
        pem.writeObject(new JcaPKCS8Generator(key, null));
      } else {
        pem.writeObject(pemObject);
      }
    }
    return Files.writeString(file, text.toString());
  }
}
