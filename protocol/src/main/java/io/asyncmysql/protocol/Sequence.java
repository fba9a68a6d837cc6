package io.asyncmysql.protocol;

/**
 * The packet sequence id of one connection, shared by its {@link PacketDecoder} and {@link
 * PacketEncoder}: both directions of an exchange count together, from 0 at the start of each command
 * and from 0 at the server's handshake, wrapping after 255.
 *
 * <p>Not thread-safe: confined to the channel's event loop, like the handlers that share it.
 */
public final class Sequence {
  private int next;

  /** Creates a sequence for a new connection, whose first packet, the server's handshake, has id 0. */
  public Sequence() {}

  /** The id the next packet must carry, in either direction. */
  public int next() {
    return next;
  }

  /** Starts a new command: the command's first packet has id 0. */
  void reset() {
    next = 0;
  }

  /** Takes the next id for a packet the client writes. */
  int take() {
    int id = next;
    next = (next + 1) & 0xFF;
    return id;
  }

  /**
   * Checks the id of a packet the server sent, without taking it.
   *
   * @throws ProtocolException when {@code id} is not the next id
   */
  void check(int id) {
    if (id != next) {
      throw new ProtocolException("packet sequence id: " + id + " (expected: " + next + ")");
    }
  }
}
