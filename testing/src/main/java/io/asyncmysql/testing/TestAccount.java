package io.asyncmysql.testing;

import java.util.Objects;

/**
 * A server account created for tests, one per authentication plugin the server offers plus the
 * special cases: one that requires TLS and one with an empty password.
 *
 * @param user the user name
 * @param password the password, empty for none
 * @param plugin the server-side authentication plugin, e.g. {@code caching_sha2_password}
 * @param requiresTls whether the account was created with {@code REQUIRE SSL}
 */
public record TestAccount(String user, String password, String plugin, boolean requiresTls) {
  /** {@code mysql_native_password}; created where the server still offers it. */
  public static final String NATIVE_PASSWORD = "mysql_native_password";
  /** {@code caching_sha2_password}, MySQL's default. */
  public static final String CACHING_SHA2_PASSWORD = "caching_sha2_password";
  /** {@code sha256_password}, MySQL only. */
  public static final String SHA256_PASSWORD = "sha256_password";
  /** {@code ed25519}, MariaDB only; the client side of it is {@code client_ed25519}. */
  public static final String ED25519 = "ed25519";

  /** Creates a new instance. */
  public TestAccount {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(plugin, "plugin");
  }

  @Override
  public String toString() {
    return user + " (" + plugin + (requiresTls ? ", REQUIRE SSL" : "") + (password.isEmpty() ? ", no password" : "") + ")";
  }
}
