package io.asyncmysql.protocol;

import io.asyncmysql.protocol.message.ClientMessage;
import io.asyncmysql.protocol.message.CommandMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;

/**
 * Writes each {@link ClientMessage} as packets: encodes the payload, checks it against the session's
 * {@code max_allowed_packet}, and prefixes the header, splitting a payload of {@value
 * Packet#MAX_PAYLOAD_LENGTH} bytes or more into packets with consecutive sequence ids (and an empty
 * last packet when the length is an exact multiple).
 *
 * <p>A {@link CommandMessage} starts a new command, so its first packet has sequence id 0, and the
 * {@link Sequence} learns where its response starts; any other
 * message continues the exchange (a handshake or auth response, {@code LOAD DATA LOCAL} content).
 *
 * <p>A payload the server would refuse, one of {@code max_allowed_packet} bytes or more (MySQL and
 * MariaDB both take at most one byte less), fails the write's promise with a {@link
 * PayloadTooLargeException} and writes nothing. Reference-counted messages are released once encoded, as with Netty's encoders.
 * Other outbound objects pass through unchanged.
 */
public final class PacketEncoder extends ChannelOutboundHandlerAdapter {
  private final Sequence sequence;
  private Session session;

  /**
   * Creates an encoder.
   *
   * @param sequence the sequence shared with the connection's {@link PacketDecoder}
   * @param session the session messages are encoded for
   */
  public PacketEncoder(Sequence sequence, Session session) {
    this.sequence = sequence;
    this.session = session;
  }

  /** The session messages are encoded for. */
  public Session session() {
    return session;
  }

  /** Replaces the session messages are encoded for; call from the channel's event loop. */
  public void session(Session newSession) {
    this.session = newSession;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (!(msg instanceof ClientMessage message)) {
      ctx.write(msg, promise);
      return;
    }
    ByteBuf packets;
    try {
      packets = encode(ctx.alloc(), message);
    } catch (RuntimeException e) {
      promise.setFailure(e);
      return;
    } finally {
      ReferenceCountUtil.release(msg);
    }
    ctx.write(packets, promise);
  }

  private ByteBuf encode(ByteBufAllocator alloc, ClientMessage message) {
    ByteBuf buffer = alloc.buffer();
    try {
      buffer.writeZero(Packet.HEADER_LENGTH);
      message.encode(buffer, session);
      int length = buffer.readableBytes() - Packet.HEADER_LENGTH;
      if (length >= session.maxAllowedPacket()) {
        throw new PayloadTooLargeException(
            message.getClass().getSimpleName()
                + " payload: "
                + length
                + " bytes (expected: < max_allowed_packet "
                + session.maxAllowedPacket()
                + ")",
            length,
            session.maxAllowedPacket());
      }
      int packets = length / Packet.MAX_PAYLOAD_LENGTH + 1;
      int firstId;
      if (message instanceof CommandMessage command) {
        firstId = 0;
        if (command.expectsResponse()) {
          sequence.commandWritten(packets);
        }
      } else {
        firstId = sequence.take(packets);
      }
      return frame(alloc, buffer.retain(), length, firstId);
    } finally {
      buffer.release();
    }
  }

  /**
   * Fills in the first header, in the 4 bytes reserved at the start of {@code buffer}, and adds a
   * header before every further {@value Packet#MAX_PAYLOAD_LENGTH} bytes.
   *
   * @param buffer the reserved header and the payload; released by this method or with its result
   */
  private ByteBuf frame(ByteBufAllocator alloc, ByteBuf buffer, int length, int firstId) {
    int first = Math.min(length, Packet.MAX_PAYLOAD_LENGTH);
    buffer.setMediumLE(0, first);
    int id = firstId;
    buffer.setByte(3, id);
    if (first < Packet.MAX_PAYLOAD_LENGTH) {
      return buffer;
    }
    CompositeByteBuf packets = alloc.compositeBuffer(Integer.MAX_VALUE);
    try {
      packets.addComponent(true, buffer.retainedSlice(0, Packet.HEADER_LENGTH + first));
      int offset = Packet.HEADER_LENGTH + first;
      int chunk;
      do {
        chunk = Math.min(buffer.writerIndex() - offset, Packet.MAX_PAYLOAD_LENGTH);
        ByteBuf header = alloc.buffer(Packet.HEADER_LENGTH);
        id = (id + 1) & 0xFF;
        header.writeMediumLE(chunk).writeByte(id);
        packets.addComponent(true, header);
        if (chunk > 0) {
          packets.addComponent(true, buffer.retainedSlice(offset, chunk));
        }
        offset += chunk;
      } while (chunk == Packet.MAX_PAYLOAD_LENGTH);
      return packets.retain();
    } finally {
      packets.release();
      buffer.release();
    }
  }
}
