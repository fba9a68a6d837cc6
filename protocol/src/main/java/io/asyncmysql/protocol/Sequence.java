package io.asyncmysql.protocol;

import java.util.ArrayDeque;

/**
 * The packet sequence ids of one connection, shared by its {@link PacketDecoder} and {@link
 * PacketEncoder}.
 *
 * <p>Within one exchange both directions count together: the server's handshake is packet 0, and a
 * command's packets are numbered from 0, its response continuing from where the command's packets
 * ended. Commands may be pipelined: the encoder numbers each command from 0 and {@linkplain
 * #commandWritten remembers} where its response must start, and the command layer {@linkplain
 * #startResponse starts} each response in turn, when its command reaches the head of the line.
 *
 * <p>Not thread-safe: confined to the channel's event loop, like the handlers that share it.
 */
public final class Sequence {
  private final ArrayDeque<Integer> responseStarts = new ArrayDeque<>();
  private int next;
  private boolean idle;

  /** Creates a sequence for a new connection, whose first packet, the server's handshake, has id 0. */
  public Sequence() {}

  /** The id the next packet of the current exchange must carry, in either direction. */
  public int next() {
    return next;
  }

  /**
   * Makes the oldest written command's response the current exchange: its first packet carries the
   * id after the command's last packet.
   *
   * @throws IllegalStateException when no written command awaits its response
   */
  public void startResponse() {
    Integer start = responseStarts.poll();
    if (start == null) {
      throw new IllegalStateException("no command awaits a response");
    }
    next = start;
    idle = false;
  }

  /**
   * Records that the last response ended and no other is due: a packet arriving now is unsolicited
   * (a server's last word before it closes an idle connection, MySQL's ER 4031 numbered from 0, or
   * garbage) and passes the {@linkplain #check check} whatever its id, for the command layer to judge.
   */
  public void endExchange() {
    idle = true;
  }

  /** Records that a command of {@code packets} packets, numbered from 0, was written and awaits a response. */
  void commandWritten(int packets) {
    responseStarts.add(packets & 0xFF);
  }

  /** Takes {@code packets} consecutive ids in the current exchange, for packets written or read. */
  int take(int packets) {
    int id = next;
    next = (next + packets) & 0xFF;
    return id;
  }

  /**
   * Checks the id of a packet the server sent, without taking it; between exchanges any id passes.
   *
   * @throws ProtocolException when {@code id} is not the next id
   */
  void check(int id) {
    if (id != next && !idle) {
      throw new ProtocolException("packet sequence id: " + id + " (expected: " + next + ")");
    }
  }
}
