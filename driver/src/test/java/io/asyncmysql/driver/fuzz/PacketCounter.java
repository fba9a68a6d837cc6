package io.asyncmysql.driver.fuzz;

/** Counts the complete MySQL packets of a byte stream that arrives in pieces of any size. */
final class PacketCounter {
  private final byte[] header = new byte[4];
  private int headerBytes;
  private long payloadLeft;
  private int packets;

  /** Takes the next piece of the stream. */
  void feed(byte[] bytes, int offset, int length) {
    int at = offset;
    int end = offset + length;
    while (at < end) {
      if (headerBytes < header.length) {
        header[headerBytes++] = bytes[at++];
        if (headerBytes == header.length) {
          payloadLeft = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
          finishIfComplete();
        }
      } else {
        int take = (int) Math.min(payloadLeft, end - at);
        at += take;
        payloadLeft -= take;
        finishIfComplete();
      }
    }
  }

  /** The packets completed so far. */
  int packets() {
    return packets;
  }

  private void finishIfComplete() {
    if (payloadLeft == 0) {
      packets++;
      headerBytes = 0;
    }
  }
}
