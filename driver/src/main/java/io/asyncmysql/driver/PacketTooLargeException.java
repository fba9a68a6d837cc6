package io.asyncmysql.driver;

/**
 * A command too large for the server: its payload reached the session's {@code max_allowed_packet}
 * (MySQL and MariaDB take at most one byte less, and close the connection of a client that sends
 * more). The command was not sent and the connection stays usable; sending it again fails the same
 * way until the server's {@code max_allowed_packet} is raised.
 */
public class PacketTooLargeException extends MySqlException {
  private static final long serialVersionUID = 1L;

  private final long length;
  private final long maxAllowedPacket;

  /**
   * Creates a new instance.
   *
   * @param length the command's payload length in bytes
   * @param maxAllowedPacket the session's {@code max_allowed_packet}
   * @param cause the codec's exception, or {@code null}
   */
  public PacketTooLargeException(long length, long maxAllowedPacket, Throwable cause) {
    super("command too large: " + length + " bytes (expected: < max_allowed_packet " + maxAllowedPacket
        + "; raise the server's max_allowed_packet to send it)", Delivery.NOT_SENT, cause);
    this.length = length;
    this.maxAllowedPacket = maxAllowedPacket;
  }

  /** The command's payload length in bytes. */
  public long length() {
    return length;
  }

  /** The session's {@code max_allowed_packet}. */
  public long maxAllowedPacket() {
    return maxAllowedPacket;
  }

  /** False: the command fails the same way until the server's {@code max_allowed_packet} is raised. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
