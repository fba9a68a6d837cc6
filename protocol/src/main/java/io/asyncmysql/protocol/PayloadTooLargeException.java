package io.asyncmysql.protocol;

/**
 * A client message the server would refuse for its size: its payload is not shorter than the
 * session's {@code max_allowed_packet}. Thrown before any byte of it is written.
 */
public final class PayloadTooLargeException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  private final long length;
  private final long maxAllowedPacket;

  /**
   * Creates a new instance.
   *
   * @param message names the message and its size
   * @param length the payload's length in bytes
   * @param maxAllowedPacket the session's {@code max_allowed_packet}
   */
  public PayloadTooLargeException(String message, long length, long maxAllowedPacket) {
    super(message);
    this.length = length;
    this.maxAllowedPacket = maxAllowedPacket;
  }

  /** The payload's length in bytes. */
  public long length() {
    return length;
  }

  /** The session's {@code max_allowed_packet}, which the payload reached. */
  public long maxAllowedPacket() {
    return maxAllowedPacket;
  }
}
