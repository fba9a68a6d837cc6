package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code Protocol::SSLRequest}: the first 32 bytes of a handshake response, sent in clear text before
 * the TLS handshake; the full {@link HandshakeResponse41} follows over TLS.
 *
 * @param capabilities the negotiated capabilities, with {@link Capabilities#SSL}; the upper 32 bits
 *     (MariaDB's extended capabilities) go in the last 4 reserved bytes
 * @param maxPacketSize the largest packet the client accepts, unsigned 32 bits
 * @param collationId the connection's collation, 1 to 255
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_packets_protocol_ssl_request.html">Protocol::SSLRequest</a>
 */
public record SslRequest(long capabilities, long maxPacketSize, int collationId) implements ClientMessage {
  private static final int RESERVED_LENGTH = 19;

  @Override
  public void encode(ByteBuf out, Session session) {
    writeFixedPart(out, capabilities, maxPacketSize, collationId);
  }

  /** Writes the 32 bytes {@code SSLRequest} and {@link HandshakeResponse41} start with. */
  static void writeFixedPart(ByteBuf out, long capabilities, long maxPacketSize, int collationId) {
    if (collationId < 1 || collationId > 0xFF) {
      throw new ProtocolException("collation id: " + collationId + " (expected: 1..255)");
    }
    Payload.writeInt4(out, capabilities);
    Payload.writeInt4(out, maxPacketSize);
    out.writeByte(collationId);
    out.writeZero(RESERVED_LENGTH);
    Payload.writeInt4(out, capabilities >>> 32);
  }
}
