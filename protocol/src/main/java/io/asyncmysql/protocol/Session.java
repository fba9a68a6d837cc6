package io.asyncmysql.protocol;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The facts negotiated for one connection that encoding and decoding depend on. Immutable: a
 * connection replaces its session when a fact changes (after the handshake, a charset change, a new
 * {@code max_allowed_packet}).
 *
 * @param capabilities the capability flags both sides agreed on, see {@link Capabilities}
 * @param charset the charset of statements, parameters and server strings
 * @param maxAllowedPacket the server's {@code max_allowed_packet}: a command payload must be shorter, checked before it is written
 * @param mariaDb whether the server is MariaDB, whose extended capabilities then apply
 */
public record Session(long capabilities, Charset charset, long maxAllowedPacket, boolean mariaDb) {
  /** The session before the handshake: no capabilities, utf8mb4, 64 MiB. */
  public static final Session INITIAL = new Session(0, StandardCharsets.UTF_8, 64L << 20, false);

  /** Whether every bit of {@code flag} was negotiated. */
  public boolean has(long flag) {
    return (capabilities & flag) == flag;
  }

  /** A copy with other capabilities. */
  public Session withCapabilities(long newCapabilities) {
    return new Session(newCapabilities, charset, maxAllowedPacket, mariaDb);
  }

  /** A copy with another {@code max_allowed_packet}. */
  public Session withMaxAllowedPacket(long newMaxAllowedPacket) {
    return new Session(capabilities, charset, newMaxAllowedPacket, mariaDb);
  }
}
