package io.asyncmysql.protocol.fuzz;

import io.asyncmysql.protocol.Packet;
import io.asyncmysql.protocol.PacketDecoder;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Sequence;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@link PacketDecoder} on an {@link EmbeddedChannel}, fed the input in random slices. Whatever the
 * slicing, its packets and its failure must be those of a plain reading of the headers, every
 * byte fed must be released, and the buffers it allocates may at no time hold more than 4 bytes per
 * input byte and 64 KiB: a forged length must not size a buffer.
 */
final class FramingTarget {
  private static final long BUFFER_ALLOWANCE = 64 << 10;
  private static final int BUFFER_BYTES_PER_INPUT_BYTE = 4;
  private static final List<Integer> MAX_PAYLOAD_LENGTHS = List.of(64 << 20, 0, 4, 64, 1 << 20, Packet.MAX_PAYLOAD_LENGTH);

  private FramingTarget() {}

  /** The packets read and how reading ended; {@code failure} is the gist of the ProtocolException, or null. */
  private record Framing(List<String> packets, String failure) {}

  static FuzzTarget target() {
    return FuzzTarget.bytes("PacketDecoder", 3, seeds(), MessageTargets.PROTOCOL, (wire, choices, probe) -> {
      int maxPayloadLength = choices.next(MAX_PAYLOAD_LENGTHS);
      Random slicing = new Random(choices.next(Integer.MAX_VALUE));
      probe.attempt("PacketDecoder", () -> check(feed(wire, maxPayloadLength, slicing), expected(wire, maxPayloadLength)));
    });
  }

  /** Compares the decoder with the reference, then ends as the decoder did. */
  private static Integer check(Framing actual, Framing expected) {
    if (!actual.equals(expected)) {
      throw new AssertionError("framing: " + actual + "\n  (expected: " + expected + ")");
    }
    if (actual.failure() != null) {
      throw new ProtocolException(actual.failure());
    }
    return actual.packets().size();
  }

  private static Framing feed(byte[] input, int maxPayloadLength, Random slicing) {
    ByteBuf wire = Unpooled.wrappedBuffer(input);
    UnpooledByteBufAllocator counting = new UnpooledByteBufAllocator(false, true);
    EmbeddedChannel channel = new EmbeddedChannel(new PacketDecoder(new Sequence(), maxPayloadLength));
    channel.config().setAllocator(counting);
    List<String> packets = new ArrayList<>();
    String failure = null;
    try {
      while (wire.isReadable()) {
        ByteBuf slice = wire.readRetainedSlice(1 + slicing.nextInt(Math.min(wire.readableBytes(), 1 + slicing.nextInt(64))));
        try {
          channel.writeInbound(slice);
        } catch (DecoderException e) {
          if (failure != null || !(e.getCause() instanceof ProtocolException cause)) {
            throw e;
          }
          failure = gist(cause.getMessage());
        }
        long held = counting.metric().usedHeapMemory() + counting.metric().usedDirectMemory();
        if (held > BUFFER_ALLOWANCE + (long) BUFFER_BYTES_PER_INPUT_BYTE * input.length) {
          throw new AssertionError("buffers: " + held + " bytes held for " + input.length + " input bytes"
              + " (expected: at most " + BUFFER_BYTES_PER_INPUT_BYTE + " per input byte and " + BUFFER_ALLOWANCE + ")");
        }
        for (Packet packet; (packet = channel.readInbound()) != null; ) {
          packets.add(describe(packet.sequenceId(), ByteBufUtil.getBytes(packet.payload())));
          packet.release();
        }
      }
    } finally {
      channel.finishAndReleaseAll();
    }
    if (wire.refCnt() != 1) {
      throw new AssertionError("reference count of the bytes fed: " + wire.refCnt() + " (expected: released, 1 left)");
    }
    wire.release();
    return new Framing(packets, failure);
  }

  /** Reads the headers as the protocol defines them; payloads of 2^24-1 bytes cannot end in a fuzz input. */
  private static Framing expected(byte[] input, int maxPayloadLength) {
    List<String> packets = new ArrayList<>();
    int at = 0;
    while (input.length - at >= Packet.HEADER_LENGTH) {
      int length = input[at] & 0xFF | (input[at + 1] & 0xFF) << 8 | (input[at + 2] & 0xFF) << 16;
      int sequenceId = input[at + 3] & 0xFF;
      if (sequenceId != (packets.size() & 0xFF)) {
        return new Framing(packets, "packet sequence id");
      }
      if (length > maxPayloadLength) {
        return new Framing(packets, "payload length");
      }
      if (length == Packet.MAX_PAYLOAD_LENGTH || input.length - at - Packet.HEADER_LENGTH < length) {
        break;
      }
      byte[] payload = new byte[length];
      System.arraycopy(input, at + Packet.HEADER_LENGTH, payload, 0, length);
      packets.add(describe(sequenceId, payload));
      at += Packet.HEADER_LENGTH + length;
    }
    return new Framing(packets, null);
  }

  private static String describe(int sequenceId, byte[] payload) {
    return sequenceId + ":" + ByteBufUtil.hexDump(payload);
  }

  private static String gist(String message) {
    return message.substring(0, message.indexOf(':'));
  }

  /** Streams of packets with consecutive sequence ids: a handshake, a result set, empty payloads, a wrap-around. */
  private static List<Seed> seeds() {
    List<byte[]> resultSet = new ArrayList<>();
    resultSet.add(Seed.bytes("01"));
    resultSet.add(Seed.bytes("03 646566 00 00 00 01 61 00 0c 3f00 0b000000 03 0000 00 0000"));
    resultSet.add(Seed.bytes("01 31"));
    resultSet.add(Seed.bytes("fb"));
    resultSet.add(Seed.bytes("fe 00 00 02 00 00 00"));
    List<byte[]> empties = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      empties.add(new byte[0]);
    }
    return List.of(
        stream(List.of(MessageTargets.HANDSHAKES.get(1).bytes())),
        stream(resultSet),
        stream(List.of(new byte[0], Seed.bytes("00 00 00 02 00 00 00"))),
        stream(empties),
        new Seed(Seed.bytes("ff ff ff 00 01 02 03"), 0, MAX_PAYLOAD_LENGTHS.size()));
  }

  private static Seed stream(List<byte[]> payloads) {
    ByteBuf wire = Unpooled.buffer();
    try {
      for (int i = 0; i < payloads.size(); i++) {
        wire.writeMediumLE(payloads.get(i).length).writeByte(i).writeBytes(payloads.get(i));
      }
      return new Seed(ByteBufUtil.getBytes(wire), 0, MAX_PAYLOAD_LENGTHS.size());
    } finally {
      wire.release();
    }
  }
}
