package io.asyncmysql.protocol.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.ProtocolException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsaPublicKeyPemTest {
  @Test
  void parsesSubjectPublicKeyInfo() {
    assertEquals(TestRsaKeys.publicKey(), RsaPublicKeyPem.parse(TestRsaKeys.spkiPem()));
  }

  @Test
  void parsesPkcs1() throws Exception {
    byte[] pkcs1 = SubjectPublicKeyInfo.getInstance(TestRsaKeys.publicKey().getEncoded()).parsePublicKey().getEncoded();
    String pem =
        "-----BEGIN RSA PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pkcs1)
            + "\n-----END RSA PUBLIC KEY-----";

    RSAPublicKey key = RsaPublicKeyPem.parse(pem);

    assertEquals(TestRsaKeys.publicKey().getModulus(), key.getModulus());
    assertEquals(TestRsaKeys.publicKey().getPublicExponent(), key.getPublicExponent());
  }

  @Test
  void parsesServerBytesWithCrLfAndTrailingNul() {
    byte[] data = (TestRsaKeys.spkiPem().replace("\n", "\r\n") + "\0").getBytes(US_ASCII);

    assertEquals(TestRsaKeys.publicKey(), RsaPublicKeyPem.parse(data));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
        "-----BEGIN PUBLIC KEY-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
        "-----BEGIN PUBLIC KEY-----\nnot*base64!\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----\nMAA=\n-----END RSA PUBLIC KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----"
      })
  void rejectsGarbage(String pem) {
    ProtocolException e = assertThrows(ProtocolException.class, () -> RsaPublicKeyPem.parse(pem));
    assertTrue(e.getMessage().startsWith("RSA public key PEM"), e.getMessage());
  }

  @Test
  void rejectsTruncatedKey() {
    String pem = TestRsaKeys.spkiPem();
    String truncated = pem.substring(0, 100) + "\n-----END PUBLIC KEY-----";

    ProtocolException e = assertThrows(ProtocolException.class, () -> RsaPublicKeyPem.parse(truncated));
    assertEquals("RSA public key PEM: not an RSA public key (expected: DER of an RSA key)", e.getMessage());
  }

  @Test
  void rejectsKeysOfOtherAlgorithms() throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(ec.generateKeyPair().getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----";

    ProtocolException e = assertThrows(ProtocolException.class, () -> RsaPublicKeyPem.parse(pem));
    assertEquals("RSA public key PEM: not an RSA public key (expected: DER of an RSA key)", e.getMessage());
  }

  @Test
  void rejectsOversizedInputBeforeParsing() {
    String huge = "-----BEGIN PUBLIC KEY-----\n" + "A".repeat(RsaPublicKeyPem.MAX_PEM_LENGTH) + "\n-----END PUBLIC KEY-----";

    ProtocolException text = assertThrows(ProtocolException.class, () -> RsaPublicKeyPem.parse(huge));
    ProtocolException bytes = assertThrows(ProtocolException.class, () -> RsaPublicKeyPem.parse(huge.getBytes(US_ASCII)));
    assertEquals("RSA public key PEM: " + huge.length() + " chars (expected: <= 16384)", text.getMessage());
    assertEquals("RSA public key PEM: " + huge.length() + " bytes (expected: <= 16384)", bytes.getMessage());
  }

  @Test
  void headerErrorHidesControlCharacters() {
    ProtocolException e = assertThrows(ProtocolException.class, () -> RsaPublicKeyPem.parse(new byte[] {1, 'x', 0}));

    assertEquals(
        "RSA public key PEM header: ?x (expected: -----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----)",
        e.getMessage());
  }
}
