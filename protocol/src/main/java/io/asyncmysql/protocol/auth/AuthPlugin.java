package io.asyncmysql.protocol.auth;

/**
 * The client side of one authentication attempt with one plugin: a small state machine, used from
 * one thread. Get one from {@link AuthPlugins#byName}, call {@link #initialResponse} with the nonce
 * of HandshakeV10 or AuthSwitchRequest, then {@link #onMoreData} for every AuthMoreData until the
 * server sends OK or ERR. An AuthSwitchRequest starts a new attempt with a new plugin.
 */
public sealed interface AuthPlugin
    permits MysqlNativePassword, CachingSha2Password, Sha256Password, MysqlClearPassword, ClientEd25519 {

  /** The plugin's name in the protocol, for example {@code caching_sha2_password}. */
  String name();

  /**
   * Starts (or restarts) the exchange.
   *
   * @param pluginData the server's auth plugin data: the nonce, possibly followed by a NUL byte
   * @return the auth response for HandshakeResponse41 or AuthSwitchResponse; possibly empty
   * @throws io.asyncmysql.protocol.ProtocolException when the plugin data cannot be a nonce
   * @throws AuthenticationException when the client's security rules forbid this exchange
   */
  byte[] initialResponse(byte[] pluginData);

  /**
   * Answers an AuthMoreData packet.
   *
   * @param data the packet's payload after its 0x01 status byte
   * @return the next payload to send, or {@link AuthStep#AWAIT_RESULT}
   * @throws io.asyncmysql.protocol.ProtocolException when the data is not what this plugin expects
   *     at this point of the exchange
   * @throws AuthenticationException when the client's security rules forbid what the server asks
   * @throws IllegalStateException when a plugin of several rounds gets data before {@link
   *     #initialResponse}
   */
  AuthStep onMoreData(byte[] data);
}
