package io.asyncmysql.testing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The TLS material of a test server, as PEM files.
 *
 * @param caCertificate the CA that signed the server and client certificates
 * @param clientCertificate a client certificate signed by the same CA, or {@code null}
 * @param clientKey the client certificate's private key (PKCS#8), or {@code null}
 */
public record TestTls(Path caCertificate, Path clientCertificate, Path clientKey) {
  /** Creates a new instance. */
  public TestTls {
    Objects.requireNonNull(caCertificate, "caCertificate");
  }
}
