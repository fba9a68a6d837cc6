package io.asyncmysql.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * One payload the server sent, reassembled from as many packets as it took, with the sequence id of
 * its first packet.
 *
 * <p>Reference-counted: whoever receives a packet owns its payload and releases it (or passes it
 * on). Decoding a message from {@link #payload()} does not release it.
 */
public final class Packet extends DefaultByteBufHolder {
  /**
   * The largest payload of one packet, 2<sup>24</sup>-1 bytes. A packet of this length means "more
   * follows": a longer payload is split, and a payload of an exact multiple of this length ends with an
   * empty packet.
   */
  public static final int MAX_PAYLOAD_LENGTH = 0xFFFFFF;

  /** The length of the packet header: a 3-byte little-endian payload length and the sequence id. */
  public static final int HEADER_LENGTH = 4;

  private final int sequenceId;

  /**
   * Creates a packet that takes ownership of {@code payload}.
   *
   * @param sequenceId the sequence id of the payload's first packet
   * @param payload the payload, released with this packet
   */
  public Packet(int sequenceId, ByteBuf payload) {
    super(payload);
    this.sequenceId = sequenceId;
  }

  /** The sequence id of the payload's first packet. */
  public int sequenceId() {
    return sequenceId;
  }

  /** The payload; the same buffer as {@link #content()}. */
  public ByteBuf payload() {
    return content();
  }

  @Override
  public Packet replace(ByteBuf content) {
    return new Packet(sequenceId, content);
  }

  @Override
  public Packet copy() {
    return (Packet) super.copy();
  }

  @Override
  public Packet duplicate() {
    return (Packet) super.duplicate();
  }

  @Override
  public Packet retainedDuplicate() {
    return (Packet) super.retainedDuplicate();
  }

  @Override
  public Packet retain() {
    super.retain();
    return this;
  }

  @Override
  public Packet retain(int increment) {
    super.retain(increment);
    return this;
  }

  @Override
  public Packet touch() {
    super.touch();
    return this;
  }

  @Override
  public Packet touch(Object hint) {
    super.touch(hint);
    return this;
  }

  @Override
  public String toString() {
    return "Packet(sequenceId: " + sequenceId + ", length: " + content().readableBytes() + ")";
  }
}
