package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;

/**
 * {@code Protocol::AuthMoreData}: more data for the auth plugin in use, such as {@code
 * caching_sha2_password}'s fast-auth result or an RSA public key.
 *
 * @param data the plugin's data
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_packets_protocol_auth_more_data.html">Protocol::AuthMoreData</a>
 */
public record AuthMoreData(byte[] data) {
  private static final int HEADER = 0x01;

  /**
   * Decodes auth data from a payload, reading from its reader index.
   *
   * @throws ProtocolException on another header
   */
  public static AuthMoreData decode(ByteBuf payload) {
    int header = Payload.readInt1(payload);
    if (header != HEADER) {
      throw new ProtocolException("auth more data header: 0x" + Integer.toHexString(header) + " (expected: 0x1)");
    }
    return new AuthMoreData(Payload.readFixedBytes(payload, payload.readableBytes()));
  }
}
