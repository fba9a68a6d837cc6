package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * {@code Protocol::HandshakeV10}: the server's greeting, MySQL's and MariaDB's variant. A MariaDB
 * server since 10.2 leaves the lowest capability bit ({@code CLIENT_MYSQL}) unset and sends its
 * extended capabilities in the last 4 reserved bytes; they become the upper 32 bits of {@link
 * #capabilities()}.
 *
 * <p>A server that refuses the connection sends an ERR packet instead; see {@link
 * ServerPacketKind#ofGreeting}.
 *
 * @param serverVersion the server's version string, for example {@code 8.4.3} or {@code
 *     5.5.5-10.11.6-MariaDB}
 * @param connectionId the connection (thread) id, unsigned 32 bits
 * @param nonce the auth plugin data (scramble) from both parts, without the NUL that ends the second
 * @param capabilities what the server offers, see {@link Capabilities}
 * @param collationId the server's default collation, lower 8 bits; 0 when the packet ends early
 * @param statusFlags the server status, see {@code ServerStatus}; 0 when the packet ends early
 * @param authPluginName the auth plugin {@code nonce} is for; empty without {@code CLIENT_PLUGIN_AUTH}
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_packets_protocol_handshake_v10.html">Protocol::HandshakeV10</a>
 * @see <a href="https://mariadb.com/kb/en/connection/#initial-handshake-packet">MariaDB initial handshake</a>
 */
public record HandshakeV10(
    String serverVersion,
    long connectionId,
    byte[] nonce,
    long capabilities,
    int collationId,
    int statusFlags,
    String authPluginName) {
  private static final int PROTOCOL_VERSION = 10;
  private static final int NONCE_PART_1_LENGTH = 8;
  private static final int NONCE_PART_2_MIN_LENGTH = 13;
  private static final int RESERVED_LENGTH = 6;
  /** Longer than any version string or plugin name a server sends: a longer one is forged. */
  private static final int MAX_NAME_LENGTH = 255;

  /** Whether the server is MariaDB 10.2 or later: it leaves {@code CLIENT_MYSQL} unset. */
  public boolean mariaDb() {
    return (capabilities & Capabilities.LONG_PASSWORD) == 0;
  }

  /**
   * Decodes a handshake from a payload, reading from its reader index.
   *
   * @throws ProtocolException on another protocol version, a truncated packet, or a server version
   *     or plugin name longer than 255 characters
   */
  public static HandshakeV10 decode(ByteBuf payload) {
    int protocolVersion = Payload.readInt1(payload);
    if (protocolVersion != PROTOCOL_VERSION) {
      throw new ProtocolException("handshake protocol version: " + protocolVersion + " (expected: 10)");
    }
    String serverVersion = name(Payload.readNulString(payload, StandardCharsets.UTF_8), "server version");
    long connectionId = Payload.readInt4(payload);
    byte[] part1 = Payload.readFixedBytes(payload, NONCE_PART_1_LENGTH);
    Payload.skip(payload, 1);
    long capabilities = Payload.readInt2(payload);
    if (!payload.isReadable()) {
      return new HandshakeV10(serverVersion, connectionId, part1, capabilities, 0, 0, "");
    }
    int collationId = Payload.readInt1(payload);
    int statusFlags = Payload.readInt2(payload);
    capabilities |= (long) Payload.readInt2(payload) << 16;
    int nonceLength = Payload.readInt1(payload);
    Payload.skip(payload, RESERVED_LENGTH);
    long extended = Payload.readInt4(payload);
    if ((capabilities & Capabilities.LONG_PASSWORD) == 0) {
      capabilities |= extended << 32;
    }
    byte[] nonce = part1;
    if ((capabilities & Capabilities.SECURE_CONNECTION) != 0) {
      int part2Length = Math.max(NONCE_PART_2_MIN_LENGTH, nonceLength - NONCE_PART_1_LENGTH);
      Payload.require(payload, part2Length, "auth-plugin-data-part-2");
      int end = payload.readerIndex() + part2Length;
      int significant = payload.getByte(end - 1) == 0 ? part2Length - 1 : part2Length;
      nonce = new byte[NONCE_PART_1_LENGTH + significant];
      System.arraycopy(part1, 0, nonce, 0, NONCE_PART_1_LENGTH);
      payload.readBytes(nonce, NONCE_PART_1_LENGTH, significant);
      payload.readerIndex(end);
    }
    String authPluginName = "";
    if ((capabilities & Capabilities.PLUGIN_AUTH) != 0) {
      // Some servers end the name with the payload instead of a NUL.
      authPluginName = name(Payload.readNulOrRestString(payload, StandardCharsets.UTF_8), "auth plugin name");
    }
    return new HandshakeV10(
        serverVersion, connectionId, nonce, capabilities, collationId, statusFlags, authPluginName);
  }

  private static String name(String value, String what) {
    if (value.length() > MAX_NAME_LENGTH) {
      throw new ProtocolException(what + ": " + value.length() + " characters (expected: at most " + MAX_NAME_LENGTH + ")");
    }
    return value;
  }
}
