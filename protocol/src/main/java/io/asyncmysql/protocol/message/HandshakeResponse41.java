package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Protocol::HandshakeResponse41}: the client's answer to {@link HandshakeV10}. Which optional
 * fields it holds follows {@code capabilities}, not the session: strings are written in the session's
 * charset, which must match {@code collationId}.
 *
 * @param capabilities the negotiated capabilities; the upper 32 bits (MariaDB's extended
 *     capabilities) go in the last 4 reserved bytes
 * @param maxPacketSize the largest packet the client accepts, unsigned 32 bits
 * @param collationId the connection's collation, 1 to 255
 * @param user the user name
 * @param authResponse the auth plugin's response to the handshake nonce, not copied
 * @param database the default database, written with {@link Capabilities#CONNECT_WITH_DB}; may be null
 * @param authPluginName the plugin that computed {@code authResponse}, written with {@link
 *     Capabilities#PLUGIN_AUTH}
 * @param attributes connection attributes, written in this order with {@link
 *     Capabilities#CONNECT_ATTRS}
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_packets_protocol_handshake_response.html">Protocol::HandshakeResponse41</a>
 */
public record HandshakeResponse41(
    long capabilities,
    long maxPacketSize,
    int collationId,
    String user,
    byte[] authResponse,
    String database,
    String authPluginName,
    Map<String, String> attributes)
    implements ClientMessage {
  /** Copies {@code attributes} into an unmodifiable map of the same order. */
  public HandshakeResponse41 {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    SslRequest.writeFixedPart(out, capabilities, maxPacketSize, collationId);
    ConnectionFields.writeNulString(out, user, session.charset(), "user");
    if (has(Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA)) {
      Payload.writeLenEncBytes(out, authResponse);
    } else if (has(Capabilities.SECURE_CONNECTION)) {
      ConnectionFields.writeInt1PrefixedAuthResponse(out, authResponse);
    } else {
      ConnectionFields.writeNulTerminatedAuthResponse(out, authResponse);
    }
    if (has(Capabilities.CONNECT_WITH_DB)) {
      ConnectionFields.writeNulString(out, database == null ? "" : database, session.charset(), "database");
    }
    if (has(Capabilities.PLUGIN_AUTH)) {
      ConnectionFields.writeNulString(out, authPluginName, session.charset(), "auth plugin name");
    }
    if (has(Capabilities.CONNECT_ATTRS)) {
      ConnectionFields.writeAttributes(out, attributes, session.charset());
    }
  }

  private boolean has(long flag) {
    return (capabilities & flag) == flag;
  }
}
