package io.asyncmysql.protocol.auth;

import java.util.List;
import java.util.TreeSet;

/** Finds the client side of an authentication plugin by the name the server gives. */
public final class AuthPlugins {
  /** The names of the supported plugins. */
  public static final List<String> SUPPORTED =
      List.of(
          MysqlNativePassword.NAME,
          CachingSha2Password.NAME,
          Sha256Password.NAME,
          MysqlClearPassword.NAME,
          ClientEd25519.NAME);

  private AuthPlugins() {}

  /**
   * Creates the client side of one authentication attempt.
   *
   * @param name the plugin name from HandshakeV10 or AuthSwitchRequest
   * @param options the password and the connection's security
   * @throws AuthenticationException when the plugin is not supported, or not in the options'
   *     allow-list
   */
  public static AuthPlugin byName(String name, AuthOptions options) {
    if (!SUPPORTED.contains(name)) {
      throw new AuthenticationException(
          name, "authentication plugin: " + name + " (expected: one of " + SUPPORTED + ")");
    }
    if (!options.allowedPlugins().isEmpty() && !options.allowedPlugins().contains(name)) {
      throw new AuthenticationException(
          name, "authentication plugin not allowed: " + name + " (expected: one of " + new TreeSet<>(options.allowedPlugins()) + ")");
    }
    return switch (name) {
      case MysqlNativePassword.NAME -> new MysqlNativePassword(options);
      case CachingSha2Password.NAME -> new CachingSha2Password(options);
      case Sha256Password.NAME -> new Sha256Password(options);
      case MysqlClearPassword.NAME -> new MysqlClearPassword(options);
      default -> new ClientEd25519(options);
    };
  }
}
