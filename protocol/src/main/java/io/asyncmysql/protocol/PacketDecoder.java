package io.asyncmysql.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the bytes the server sends into {@link Packet}s: reads each 4-byte header (3-byte
 * little-endian length, sequence id), checks the sequence id against the connection's {@link
 * Sequence}, and joins the packets of a payload split at {@value Packet#MAX_PAYLOAD_LENGTH} bytes
 * without copying them.
 *
 * <p>A payload longer than the configured maximum, or a packet out of sequence, fails with a {@link
 * ProtocolException} (wrapped in a {@code DecoderException} by Netty) as soon as its header arrives;
 * the decoder then discards all further input, since the stream can no longer be trusted.
 */
public final class PacketDecoder extends ByteToMessageDecoder {
  private final Sequence sequence;
  private final int maxPayloadLength;
  private CompositeByteBuf parts;
  private int firstSequenceId;
  private boolean failed;

  /**
   * Creates a decoder.
   *
   * @param sequence the sequence shared with the connection's {@link PacketEncoder}
   * @param maxPayloadLength the largest reassembled payload accepted, in bytes
   */
  public PacketDecoder(Sequence sequence, int maxPayloadLength) {
    if (maxPayloadLength < 0) {
      throw new IllegalArgumentException("maxPayloadLength: " + maxPayloadLength + " (expected: >= 0)");
    }
    this.sequence = sequence;
    this.maxPayloadLength = maxPayloadLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    try {
      decodePacket(ctx, in, out);
    } catch (ProtocolException e) {
      failed = true;
      in.skipBytes(in.readableBytes());
      releaseParts();
      throw e;
    }
  }

  /** Consumes at most one packet; the base class calls again while input is consumed. */
  private void decodePacket(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (in.readableBytes() < Packet.HEADER_LENGTH) {
      return;
    }
    int start = in.readerIndex();
    int length = in.getUnsignedMediumLE(start);
    int sequenceId = in.getUnsignedByte(start + 3);
    sequence.check(sequenceId);
    long payloadLength = (parts == null ? 0L : parts.readableBytes()) + length;
    if (payloadLength > maxPayloadLength) {
      throw new ProtocolException(
          "payload length: at least " + payloadLength + " bytes (expected: <= " + maxPayloadLength + ")");
    }
    if (in.readableBytes() < Packet.HEADER_LENGTH + length) {
      return;
    }
    in.skipBytes(Packet.HEADER_LENGTH);
    sequence.take(1);
    ByteBuf part = in.readRetainedSlice(length);
    boolean last = length < Packet.MAX_PAYLOAD_LENGTH;
    if (parts == null && last) {
      out.add(new Packet(sequenceId, part));
      return;
    }
    if (parts == null) {
      parts = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
      firstSequenceId = sequenceId;
    }
    parts.addComponent(true, part);
    if (last) {
      out.add(new Packet(firstSequenceId, parts));
      parts = null;
    }
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    releaseParts();
  }

  private void releaseParts() {
    if (parts != null) {
      parts.release();
      parts = null;
    }
  }
}
