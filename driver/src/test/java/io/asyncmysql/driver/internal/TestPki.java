package io.asyncmysql.driver.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
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
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throwaway certificate authority for tests, generated with BouncyCastle (EC P-256, fast). */
final class TestPki {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A certificate and its key. */
  record Issued(X509Certificate certificate, KeyPair keys) {
    /** Writes the certificate as PEM. */
    Path writeCertificate(Path file) {
      return writePem(file, certificate);
    }

    /** Writes the private key as unencrypted PKCS#8 PEM. */
    Path writeKey(Path file) {
      try {
        return writePem(file, new JcaPKCS8Generator(keys.getPrivate(), null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final X500Name name;
  private final Issued ca;

  /** A new self-signed CA. */
  TestPki(String commonName) {
    name = new X500Name("CN=" + commonName);
    KeyPair keys = keyPair();
    ca = new Issued(sign(name, keys.getPublic(), keys, true, null), keys);
  }

  /** The CA's own certificate. */
  Issued ca() {
    return ca;
  }

  /** A server certificate for these DNS names and IP addresses (told apart by a leading digit). */
  Issued server(String... names) {
    GeneralName[] alternatives = new GeneralName[names.length];
    for (int i = 0; i < names.length; i++) {
      boolean ip = Character.isDigit(names[i].charAt(0));
      alternatives[i] = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, names[i]);
    }
    KeyPair keys = keyPair();
    return new Issued(sign(new X500Name("CN=" + names[0]), keys.getPublic(), ca.keys, false, new GeneralNames(alternatives)), keys);
  }

  /** A client certificate. */
  Issued client(String commonName) {
    KeyPair keys = keyPair();
    return new Issued(sign(new X500Name("CN=" + commonName), keys.getPublic(), ca.keys, false, null), keys);
  }

  private X509Certificate sign(X500Name subject, PublicKey key, KeyPair issuer, boolean isCa, GeneralNames names) {
    Instant now = Instant.now();
    try {
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, RANDOM).add(BigInteger.ONE),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(Duration.ofDays(1))),
              subject,
              key);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (names != null) {
        builder.addExtension(Extension.subjectAlternativeName, false, names);
      }
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot sign a test certificate", e);
    }
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256, RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path writePem(Path file, Object object) {
    StringWriter text = new StringWriter();
    try {
      try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
        pem.writeObject(object);
      }
      return Files.writeString(file, text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
