package io.asyncmysql.protocol.auth;

import io.asyncmysql.protocol.ProtocolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Reads an RSA public key in PEM: {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo, what MySQL
 * servers send) or {@code BEGIN RSA PUBLIC KEY} (PKCS#1).
 */
public final class RsaPublicKeyPem {
  /** Far more than the PEM of the largest RSA key Java accepts (16384 bits). */
  static final int MAX_PEM_LENGTH = 16 * 1024;

  private static final String SPKI_LABEL = "PUBLIC KEY";
  private static final String PKCS1_LABEL = "RSA PUBLIC KEY";

  private RsaPublicKeyPem() {}

  /**
   * Parses a PEM public key, for example one from configuration.
   *
   * @throws ProtocolException when the text is not one RSA public key in either form
   */
  public static RSAPublicKey parse(String pem) {
    if (pem.length() > MAX_PEM_LENGTH) {
      throw new ProtocolException("RSA public key PEM: " + pem.length() + " chars (expected: <= " + MAX_PEM_LENGTH + ")");
    }
    String text = pem.strip();
    String label = label(text);
    String header = "-----BEGIN " + label + "-----";
    String footer = "-----END " + label + "-----";
    if (text.length() < header.length() + footer.length() || !text.endsWith(footer)) {
      throw new ProtocolException("RSA public key PEM: no footer (expected: " + footer + ")");
    }
    String body = text.substring(header.length(), text.length() - footer.length()).replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException("RSA public key PEM: invalid base64 (expected: base64 DER)", e);
    }
    return decode(label.equals(PKCS1_LABEL) ? wrapPkcs1(der) : der);
  }

  /** Parses a PEM public key the server sent in AuthMoreData; trailing NUL bytes are ignored. */
  static RSAPublicKey parse(byte[] serverData) {
    if (serverData.length > MAX_PEM_LENGTH) {
      throw new ProtocolException(
          "RSA public key PEM: " + serverData.length + " bytes (expected: <= " + MAX_PEM_LENGTH + ")");
    }
    int length = serverData.length;
    while (length > 0 && serverData[length - 1] == 0) {
      length--;
    }
    return parse(new String(serverData, 0, length, StandardCharsets.US_ASCII));
  }

  private static String label(String text) {
    for (String label : new String[] {SPKI_LABEL, PKCS1_LABEL}) {
      if (text.startsWith("-----BEGIN " + label + "-----")) {
        return label;
      }
    }
    String start = text.substring(0, Math.min(text.length(), 32));
    throw new ProtocolException(
        "RSA public key PEM header: " + start.replaceAll("\\P{Print}", "?")
            + " (expected: -----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----)");
  }

  /** Wraps a PKCS#1 RSAPublicKey in a SubjectPublicKeyInfo, the form Java's key factory reads. */
  private static byte[] wrapPkcs1(byte[] pkcs1) {
    AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
    try {
      return new SubjectPublicKeyInfo(rsa, pkcs1).getEncoded();
    } catch (IOException e) {
      throw new ProtocolException("RSA public key PEM: cannot encode PKCS#1 key", e);
    }
  }

  private static RSAPublicKey decode(byte[] spki) {
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException | RuntimeException e) {
      // The JDK's DER reader throws assorted runtime exceptions on forged input.
      throw new ProtocolException("RSA public key PEM: not an RSA public key (expected: DER of an RSA key)", e);
    }
  }
}
