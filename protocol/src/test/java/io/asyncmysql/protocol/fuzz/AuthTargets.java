package io.asyncmysql.protocol.fuzz;

import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.auth.AuthOptions;
import io.asyncmysql.protocol.auth.AuthPlugin;
import io.asyncmysql.protocol.auth.AuthPlugins;
import io.asyncmysql.protocol.auth.AuthenticationException;
import io.asyncmysql.protocol.auth.RsaPublicKeyPem;
import io.asyncmysql.protocol.auth.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** The auth plugins' answers to AuthMoreData, and the RSA public keys a server sends. */
final class AuthTargets {
  /** A 2048-bit RSA public key as MySQL sends it: X.509 SubjectPublicKeyInfo. */
  static final String SPKI_PEM =
      """
      -----BEGIN PUBLIC KEY-----
      MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAocqdIi/Bxze/sgB0UQX/
      4GVuJ6/QsSuL5th4E7Hf+52SdqY9kgfUmaGjXR9cKcFm+4UqH8SpOJpS22Mhebnm
      PfB0Ct4a1sF0wbMthVpZY8tVk7wDV5RpOMHEcCz/7g/Q5zOaR4kZKFcWHMCYDDYv
      HCIlGheLpSup05pvPGJujj+XHihEAdyMwq/rorQr311gt38/ncQeFtexkrMZ755H
      81WIHQOwqWKq92Ii03yXvxZieKT7jaXi/rM9DquEEOQEB4fiUDS2FGZbkrwzg7eo
      w+q7oG2TK9TRUDh7c1JyU02s0lNXD8TE795QlRclnpqrgjDpPm+YlneQsAO1W/uY
      kQIDAQAB
      -----END PUBLIC KEY-----
      """;

  /** The same key in PKCS#1. */
  static final String PKCS1_PEM =
      """
      -----BEGIN RSA PUBLIC KEY-----
      MIIBCgKCAQEAocqdIi/Bxze/sgB0UQX/4GVuJ6/QsSuL5th4E7Hf+52SdqY9kgfU
      maGjXR9cKcFm+4UqH8SpOJpS22MhebnmPfB0Ct4a1sF0wbMthVpZY8tVk7wDV5Rp
      OMHEcCz/7g/Q5zOaR4kZKFcWHMCYDDYvHCIlGheLpSup05pvPGJujj+XHihEAdyM
      wq/rorQr311gt38/ncQeFtexkrMZ755H81WIHQOwqWKq92Ii03yXvxZieKT7jaXi
      /rM9DquEEOQEB4fiUDS2FGZbkrwzg7eow+q7oG2TK9TRUDh7c1JyU02s0lNXD8TE
      795QlRclnpqrgjDpPm+YlneQsAO1W/uYkQIDAQAB
      -----END RSA PUBLIC KEY-----
      """;

  private static final Set<Class<? extends Throwable>> AUTH = Set.of(ProtocolException.class, AuthenticationException.class);
  private static final List<String> LABELS = List.of("PUBLIC KEY", "RSA PUBLIC KEY");
  private static final byte[] PASSWORD = "secret".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NONCE = "0123456789abcdefghij\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ED25519_NONCE = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /**
   * A plugin at the point of the exchange where the fuzzed AuthMoreData arrives.
   *
   * @param plugin the plugin's name
   * @param options the password and the connection
   * @param before the AuthMoreData the server sent before, to reach this point
   */
  private record Setup(String plugin, AuthOptions options, byte[] before) {
    AuthPlugin start() {
      AuthPlugin auth = AuthPlugins.byName(plugin, options);
      auth.initialResponse(plugin.equals("client_ed25519") ? ED25519_NONCE : NONCE);
      if (before.length > 0) {
        auth.onMoreData(before);
      }
      return auth;
    }
  }

  private static final List<Setup> SETUPS = setups();

  private AuthTargets() {}

  static List<FuzzTarget> all() {
    return List.of(
        FuzzTarget.bytes("AuthPlugin.onMoreData", 2, moreDataSeeds(), AUTH, (data, choices, probe) -> {
          AuthPlugin plugin = choices.next(SETUPS).start();
          if (probe.attempt(plugin.name() + ".onMoreData", () -> plugin.onMoreData(data)) != null) {
            probe.attempt(plugin.name() + ".onMoreData again", () -> plugin.onMoreData(data));
          }
        }),
        FuzzTarget.bytes(
            "RsaPublicKeyPem.parse",
            1,
            List.of(pem(SPKI_PEM), pem(PKCS1_PEM), pem(SPKI_PEM.replace("\n", "\r\n"))),
            MessageTargets.PROTOCOL,
            (text, choices, probe) -> {
              String pem = new String(text, StandardCharsets.ISO_8859_1);
              probe.attempt("RsaPublicKeyPem.parse", () -> RsaPublicKeyPem.parse(pem));
            }),
        FuzzTarget.bytes(
            "RsaPublicKeyPem.der",
            2,
            List.of(new Seed(der(SPKI_PEM), 0, 2), new Seed(der(PKCS1_PEM), 1, 2)),
            MessageTargets.PROTOCOL,
            (der, choices, probe) -> {
              String label = choices.next(LABELS);
              String pem = "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                  + "\n-----END " + label + "-----\n";
              probe.attempt("RsaPublicKeyPem.parse " + label, () -> RsaPublicKeyPem.parse(pem));
            }));
  }

  private static List<Setup> setups() {
    AuthOptions tcp = AuthOptions.of(PASSWORD, Transport.TCP);
    AuthOptions retrieval = tcp.withAllowPublicKeyRetrieval(true);
    AuthOptions knownKey = tcp.withServerRsaPublicKey(RsaPublicKeyPem.parse(SPKI_PEM));
    AuthOptions tls = AuthOptions.of(PASSWORD, Transport.TLS);
    AuthOptions unix = AuthOptions.of(PASSWORD, Transport.UNIX_SOCKET);
    AuthOptions noPassword = AuthOptions.of(new byte[0], Transport.TCP).withAllowPublicKeyRetrieval(true);
    byte[] none = {};
    byte[] fullAuth = {4};
    return List.of(
        new Setup("mysql_native_password", tcp, none),
        new Setup("caching_sha2_password", tcp, none),
        new Setup("caching_sha2_password", retrieval, none),
        new Setup("caching_sha2_password", retrieval, fullAuth),
        new Setup("caching_sha2_password", tls, none),
        new Setup("caching_sha2_password", unix, none),
        new Setup("caching_sha2_password", knownKey, none),
        new Setup("caching_sha2_password", noPassword, fullAuth),
        new Setup("sha256_password", retrieval, none),
        new Setup("sha256_password", tls, none),
        new Setup("sha256_password", knownKey, none),
        new Setup("mysql_clear_password", unix.withAllowCleartextPassword(true), none),
        new Setup("client_ed25519", tls, none));
  }

  private static List<Seed> moreDataSeeds() {
    byte[] spki = SPKI_PEM.getBytes(StandardCharsets.US_ASCII);
    byte[] pkcs1 = PKCS1_PEM.getBytes(StandardCharsets.US_ASCII);
    List<Seed> seeds = new ArrayList<>();
    for (int setup = 0; setup < SETUPS.size(); setup++) {
      seeds.add(new Seed(new byte[] {3}, setup, SETUPS.size()));
      seeds.add(new Seed(new byte[] {4}, setup, SETUPS.size()));
    }
    for (int setup : new int[] {3, 7, 8}) {
      seeds.add(new Seed(spki, setup, SETUPS.size()));
      seeds.add(new Seed(pkcs1, setup, SETUPS.size()));
      seeds.add(new Seed(Arrays.copyOf(spki, spki.length + 2), setup, SETUPS.size()));
    }
    return seeds;
  }

  private static Seed pem(String pem) {
    return Seed.of(pem.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] der(String pem) {
    String body = pem.substring(pem.indexOf('\n'), pem.indexOf("-----END")).replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
