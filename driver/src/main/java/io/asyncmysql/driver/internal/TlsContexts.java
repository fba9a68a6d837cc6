package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.SslMode;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * Builds the client-side TLS of a connection from its options. Only TLSv1.3 and TLSv1.2 are ever
 * offered. OpenSSL is used when netty-tcnative is available, the JDK otherwise.
 *
 * <table>
 *   <caption>What each {@link SslMode} verifies</caption>
 *   <tr><th>mode</th><th>certificate chain</th><th>host name</th></tr>
 *   <tr><td>PREFERRED, REQUIRED</td><td>not verified</td><td>not verified</td></tr>
 *   <tr><td>VERIFY_CA</td><td>{@code sslCa}, or the JDK's default CAs</td><td>not verified</td></tr>
 *   <tr><td>VERIFY_IDENTITY</td><td>{@code sslCa}, or the JDK's default CAs</td><td>must be named by
 *       the certificate (HTTPS rules, RFC 2818)</td></tr>
 * </table>
 *
 * <p>Nothing is cached: each call reads the PEM files again.
 */
public final class TlsContexts {
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private TlsContexts() {}

  /**
   * Builds the client {@link SslContext} the options ask for. Its handlers must be created with
   * {@link SslContext#newHandler(ByteBufAllocator, String, int)} so that the host can be verified.
   *
   * @param options the connection's options; {@code sslMode} must not be {@link SslMode#DISABLED}
   * @return a new context
   * @throws IllegalArgumentException if {@code sslMode} is {@link SslMode#DISABLED}
   * @throws MySqlAuthenticationException if a certificate or key file cannot be read or used
   */
  public static SslContext newContext(MySqlConnectOptions options) {
    SslMode mode = options.sslMode();
    if (mode == SslMode.DISABLED) {
      throw new IllegalArgumentException("sslMode: DISABLED (expected: a mode that uses TLS)");
    }
    SslContextBuilder builder =
        SslContextBuilder.forClient()
            .sslProvider(OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK)
            .protocols(PROTOCOLS)
            // Netty 4.2 verifies the host name by default; only VERIFY_IDENTITY asks for it.
            .endpointIdentificationAlgorithm(mode == SslMode.VERIFY_IDENTITY ? "HTTPS" : null);
    if (!mode.verifiesCertificate()) {
      builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
    } else if (options.sslCa() != null) {
      try {
        builder.trustManager(options.sslCa().toFile());
      } catch (IllegalArgumentException e) {
        throw failure("sslCa: " + options.sslCa() + " (expected: a readable PEM file of CA certificates)", mode, e);
      }
    }
    if (options.sslCert() != null) {
      try {
        builder.keyManager(options.sslCert().toFile(), options.sslKey().toFile());
      } catch (IllegalArgumentException e) {
        throw failure(
            "sslCert, sslKey: " + options.sslCert() + ", " + options.sslKey()
                + " (expected: readable PEM files of a certificate and its unencrypted PKCS#8 key)",
            mode,
            e);
      }
    }
    try {
      return builder.build();
    } catch (SSLException e) {
      throw failure("cannot create the TLS context: " + e.getMessage(), mode, e);
    }
  }

  /**
   * Creates the TLS handler of one connection, built as {@link #newContext} describes.
   *
   * @param alloc the channel's allocator
   * @param options the connection's options; {@code sslMode} must not be {@link SslMode#DISABLED}
   * @param host the host connected to, as the application named it (verified under {@link
   *     SslMode#VERIFY_IDENTITY}, and sent as SNI when it is a name)
   * @param port the port connected to
   * @return a new handler in client mode
   * @throws IllegalArgumentException if {@code sslMode} is {@link SslMode#DISABLED}
   * @throws MySqlAuthenticationException if a certificate or key file cannot be read or used
   */
  public static SslHandler newHandler(ByteBufAllocator alloc, MySqlConnectOptions options, String host, int port) {
    Objects.requireNonNull(alloc, "alloc");
    Objects.requireNonNull(host, "host");
    return newContext(options).newHandler(alloc, host, port);
  }

  private static MySqlAuthenticationException failure(String message, SslMode mode, Exception cause) {
    return new MySqlAuthenticationException(message, null, mode, cause);
  }
}
