package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code COM_CHANGE_USER}: re-authenticates as another user and resets the session. The server
 * answers like to a handshake response: OK, ERR, or an auth switch. Optional fields follow the
 * session's capabilities; strings are written in the session's charset.
 *
 * @param user the user name
 * @param authResponse the auth plugin's response to the connection's nonce, not copied
 * @param database the default database; may be null for none
 * @param collationId the connection's collation, 1 to 65535
 * @param authPluginName the plugin that computed {@code authResponse}
 * @param attributes connection attributes, written in this order with {@link
 *     Capabilities#CONNECT_ATTRS}
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_change_user.html">COM_CHANGE_USER</a>
 */
public record ComChangeUser(
    String user,
    byte[] authResponse,
    String database,
    int collationId,
    String authPluginName,
    Map<String, String> attributes)
    implements CommandMessage {
  /** Copies {@code attributes} into an unmodifiable map of the same order. */
  public ComChangeUser {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    if (collationId < 1 || collationId > 0xFFFF) {
      throw new ProtocolException("collation id: " + collationId + " (expected: 1..65535)");
    }
    out.writeByte(CommandCode.CHANGE_USER);
    ConnectionFields.writeNulString(out, user, session.charset(), "user");
    if (session.has(Capabilities.SECURE_CONNECTION)) {
      ConnectionFields.writeInt1PrefixedAuthResponse(out, authResponse);
    } else {
      ConnectionFields.writeNulTerminatedAuthResponse(out, authResponse);
    }
    ConnectionFields.writeNulString(out, database == null ? "" : database, session.charset(), "database");
    Payload.writeInt2(out, collationId);
    if (session.has(Capabilities.PLUGIN_AUTH)) {
      ConnectionFields.writeNulString(out, authPluginName, session.charset(), "auth plugin name");
    }
    if (session.has(Capabilities.CONNECT_ATTRS)) {
      ConnectionFields.writeAttributes(out, attributes, session.charset());
    }
  }
}
