package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code Protocol::AuthSwitchResponse}, and any later auth data the client sends in the same
 * exchange: the bytes an auth plugin computed, as they are. It continues the exchange's sequence.
 *
 * @param data the plugin's data, not copied
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_packets_protocol_auth_switch_response.html">Protocol::AuthSwitchResponse</a>
 */
public record AuthSwitchResponse(byte[] data) implements ClientMessage {
  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeBytes(data);
  }
}
