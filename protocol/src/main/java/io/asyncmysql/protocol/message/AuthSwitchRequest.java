package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * {@code Protocol::AuthSwitchRequest}: the server asks the client to authenticate with another plugin.
 * A bare 0xFE byte is the old form, which asks for {@value #OLD_PASSWORD_PLUGIN} and carries no data.
 *
 * @param authPluginName the plugin to use
 * @param pluginData the plugin's data (usually a new nonce) as the server sent it: MySQL's built-in
 *     plugins end it with a NUL that is not part of the nonce
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_packets_protocol_auth_switch_request.html">Protocol::AuthSwitchRequest</a>
 */
public record AuthSwitchRequest(String authPluginName, byte[] pluginData) {
  /** The plugin the old, bare form of the request asks for. */
  public static final String OLD_PASSWORD_PLUGIN = "mysql_old_password";

  private static final int HEADER = 0xFE;

  /**
   * Decodes an auth switch request from a payload, reading from its reader index.
   *
   * @throws ProtocolException on another header or a plugin name without its NUL
   */
  public static AuthSwitchRequest decode(ByteBuf payload) {
    int header = Payload.readInt1(payload);
    if (header != HEADER) {
      throw new ProtocolException(
          "auth switch request header: 0x" + Integer.toHexString(header) + " (expected: 0xfe)");
    }
    if (!payload.isReadable()) {
      return new AuthSwitchRequest(OLD_PASSWORD_PLUGIN, new byte[0]);
    }
    String authPluginName = Payload.readNulString(payload, StandardCharsets.UTF_8);
    return new AuthSwitchRequest(authPluginName, Payload.readFixedBytes(payload, payload.readableBytes()));
  }
}
