package io.asyncmysql.driver;

/**
 * How a connection uses TLS. The stronger modes never send a credential byte unless TLS was
 * negotiated.
 */
public enum SslMode {
  /** Plain TCP only, even when the server offers TLS. */
  DISABLED,
  /**
   * TLS when the server offers it, plain TCP otherwise (with a warning). The certificate is not
   * verified, so cleartext-password plugins are refused either way; on plain TCP public-key
   * retrieval stays forbidden too.
   */
  PREFERRED,
  /** TLS or fail; the certificate is not verified, so cleartext-password plugins are refused. */
  REQUIRED,
  /** TLS or fail, and the server certificate must chain to a trusted CA. */
  VERIFY_CA,
  /** As {@link #VERIFY_CA}, and the certificate must name the host connected to. */
  VERIFY_IDENTITY;

  /** Whether this mode refuses a connection without TLS. */
  public boolean requiresTls() {
    return this.compareTo(REQUIRED) >= 0;
  }

  /** Whether this mode verifies the server's certificate chain. */
  public boolean verifiesCertificate() {
    return this.compareTo(VERIFY_CA) >= 0;
  }
}
