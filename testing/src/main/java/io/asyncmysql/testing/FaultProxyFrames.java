package io.asyncmysql.testing;

/**
 * Follows the MySQL packet boundaries in one direction of a byte stream by reading the plaintext
 * 4-byte headers (3 bytes little-endian length, 1 byte sequence id). It never buffers: the caller
 * feeds it the bytes as they pass, one {@linkplain #span(int) span} at a time. After a TLS upgrade
 * the "headers" are ciphertext and the boundaries it reports mean nothing.
 */
final class FaultProxyFrames {
  private final byte[] header = new byte[4];
  private int headerRead;
  private int length;
  private int payloadLeft;
  private long index;

  /** The index of the packet under way, or of the next one when at a boundary. */
  long index() {
    return index;
  }

  /** Whether the next byte starts a packet. */
  boolean atBoundary() {
    return headerRead == 0;
  }

  /** How far into the packet under way the next byte is, header included; 0 at a boundary. */
  int offset() {
    return headerRead < 4 ? headerRead : 4 + length - payloadLeft;
  }

  /** The sequence id of the packet under way; valid once its header has passed. */
  int sequenceId() {
    return header[3] & 0xFF;
  }

  /** How many of the next {@code available} bytes belong to the current header or payload. */
  int span(int available) {
    return Math.min(available, headerRead < 4 ? 4 - headerRead : payloadLeft);
  }

  /**
   * Takes {@code count} bytes, at most one {@link #span(int)}.
   *
   * @return whether they completed a packet
   */
  boolean consume(byte[] bytes, int offset, int count) {
    if (headerRead < 4) {
      System.arraycopy(bytes, offset, header, headerRead, count);
      headerRead += count;
      if (headerRead < 4) {
        return false;
      }
      length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
      payloadLeft = length;
    } else {
      payloadLeft -= count;
    }
    if (payloadLeft > 0) {
      return false;
    }
    headerRead = 0;
    index++;
    return true;
  }
}
