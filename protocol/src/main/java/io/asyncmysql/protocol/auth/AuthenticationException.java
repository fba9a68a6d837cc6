package io.asyncmysql.protocol.auth;

/**
 * The client refuses to authenticate: the server asked for a plugin that is unknown or not allowed,
 * or for an exchange the client's security rules forbid, such as a cleartext password over plain
 * TCP. Malformed bytes from the server are a {@link io.asyncmysql.protocol.ProtocolException}
 * instead.
 */
public final class AuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pluginName;

  /**
   * Creates a new instance.
   *
   * @param pluginName the authentication plugin the refusal concerns
   * @param message what was refused, in the form {@code what: value (expected: ...)}
   */
  public AuthenticationException(String pluginName, String message) {
    super(message);
    this.pluginName = pluginName;
  }

  /** The authentication plugin the refusal concerns, as the server named it. */
  public String pluginName() {
    return pluginName;
  }
}
