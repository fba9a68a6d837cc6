package io.asyncmysql.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.Test;

class PacketDecoderTest {
  private static final int MAX = Packet.MAX_PAYLOAD_LENGTH;
  /** Parts of this size split headers and payloads at ever different offsets. */
  private static final int CHUNK = 65_521;
  /** The last bytes of a long payload's packets, fed one at a time. */
  private static final int TAIL = 64;

  private final Sequence sequence = new Sequence();

  @Test
  void decodesPacketsFedOneByteAtATime() {
    EmbeddedChannel channel = channel(1 << 20);
    // An OK packet (sequence id 0 here) and a one-byte packet with sequence id 1.
    Wire.feed(channel, Hex.buffer("07 00 00 00 00 00 00 02 00 00 00  01 00 00 01 fe"), 1);
    assertPacket(channel.readInbound(), 0, "00 00 00 02 00 00 00");
    assertPacket(channel.readInbound(), 1, "fe");
    assertEquals(2, sequence.next());
    assertFalse(channel.finish());
  }

  @Test
  void decodesSeveralPacketsFromOneRead() {
    EmbeddedChannel channel = channel(1 << 20);
    channel.writeInbound(Hex.buffer("01 00 00 00 0e  00 00 00 01  02 00 00 02 ab cd"));
    assertPacket(channel.readInbound(), 0, "0e");
    assertPacket(channel.readInbound(), 1, "");
    assertPacket(channel.readInbound(), 2, "ab cd");
    assertFalse(channel.finish());
  }

  @Test
  void checksSequenceIdsAgainstTheSharedSequence() {
    EmbeddedChannel channel = channel(1 << 20);
    sequence.take(1); // the client wrote packet 0
    Wire.feed(channel, Hex.buffer("01 00 00 01 00"), 1);
    assertPacket(channel.readInbound(), 1, "00");
    assertFalse(channel.finish());
  }

  @Test
  void sequenceIdsWrapAfter255() {
    EmbeddedChannel channel = channel(1 << 20);
    for (int i = 0; i < 255; i++) {
      sequence.take(1);
    }
    channel.writeInbound(Hex.buffer("01 00 00 ff 01  01 00 00 00 02"));
    assertPacket(channel.readInbound(), 255, "01");
    assertPacket(channel.readInbound(), 0, "02");
    assertFalse(channel.finish());
  }

  @Test
  void wrongSequenceIdFailsAsSoonAsTheHeaderArrivesAndDiscardsTheRest() {
    EmbeddedChannel channel = channel(1 << 20);
    ProtocolException e = decodeFailure(channel, Hex.buffer("05 00 00 03"));
    assertEquals("packet sequence id: 3 (expected: 0)", e.getMessage());
    channel.writeInbound(Hex.buffer("00 00 00 00 01 00 00 00 0e"));
    assertNull(channel.readInbound());
    assertFalse(channel.finish());
  }

  @Test
  void payloadOverTheLimitFailsBeforeItsBodyArrives() {
    EmbeddedChannel channel = channel(10);
    ProtocolException e = decodeFailure(channel, Hex.buffer("0b 00 00 00"));
    assertEquals("payload length: at least 11 bytes (expected: <= 10)", e.getMessage());
    assertFalse(channel.finish());
  }

  @Test
  void payloadAtTheLimitIsAccepted() {
    EmbeddedChannel channel = channel(3);
    channel.writeInbound(Hex.buffer("03 00 00 00 61 62 63"));
    assertPacket(channel.readInbound(), 0, "61 62 63");
    assertFalse(channel.finish());
  }

  @Test
  void reassembledPayloadOverTheLimitFailsAtTheHeaderThatCrossesIt() {
    EmbeddedChannel channel = channel(MAX + 5);
    Wire.feed(channel, Wire.packets(Wire.payload(MAX), 0, MAX), CHUNK);
    ProtocolException e = decodeFailure(channel, Hex.buffer("06 00 00 01"));
    assertEquals("payload length: at least " + (MAX + 6) + " bytes (expected: <= " + (MAX + 5) + ")", e.getMessage());
    assertFalse(channel.finish());
  }

  @Test
  void payloadJustUnderTheSplitIsOnePacket() {
    assertReassembled(MAX - 1, MAX - 1);
    assertEquals(1, sequence.next());
  }

  @Test
  void payloadOfExactlyTheSplitEndsWithAnEmptyPacket() {
    assertReassembled(MAX, MAX, 0);
    assertEquals(2, sequence.next());
  }

  @Test
  void payloadJustOverTheSplitTakesTwoPackets() {
    assertReassembled(MAX + 1, MAX, 1);
    assertEquals(2, sequence.next());
  }

  @Test
  void payloadOfTwiceTheSplitTakesThreePackets() {
    assertReassembled(2 * MAX, MAX, MAX, 0);
    assertEquals(3, sequence.next());
  }

  @Test
  void incompletePayloadIsReleasedWhenTheChannelCloses() {
    EmbeddedChannel channel = channel(1 << 25);
    Wire.feed(channel, Wire.packets(Wire.payload(MAX), 0, MAX), CHUNK);
    channel.writeInbound(Hex.buffer("05 00 00 01 61"));
    assertNull(channel.readInbound());
    assertFalse(channel.finish());
  }

  private void assertReassembled(int length, int... partLengths) {
    EmbeddedChannel channel = channel(1 << 25);
    byte[] payload = Wire.payload(length);
    ByteBuf wire = Wire.packets(payload, 0, partLengths);
    // The head in large parts; the last packet boundaries one byte at a time.
    Wire.feed(channel, wire.readRetainedSlice(wire.readableBytes() - TAIL), CHUNK);
    ByteBuf tail = wire.readRetainedSlice(TAIL - 1);
    Wire.feed(channel, tail, 1);
    assertNull(channel.readInbound());
    Wire.feed(channel, wire, 1);
    Packet packet = channel.readInbound();
    try {
      assertEquals(0, packet.sequenceId());
      assertArrayEquals(payload, ByteBufUtil.getBytes(packet.payload()));
    } finally {
      packet.release();
    }
    assertFalse(channel.finish());
  }

  private EmbeddedChannel channel(int maxPayloadLength) {
    return new EmbeddedChannel(new PacketDecoder(sequence, maxPayloadLength));
  }

  private static ProtocolException decodeFailure(EmbeddedChannel channel, ByteBuf wire) {
    DecoderException e = assertThrows(DecoderException.class, () -> channel.writeInbound(wire));
    return assertInstanceOf(ProtocolException.class, e.getCause());
  }

  private static void assertPacket(Packet packet, int sequenceId, String payloadHex) {
    try {
      assertEquals(sequenceId, packet.sequenceId());
      assertEquals(Hex.normalize(payloadHex), Hex.dump(packet.payload()));
    } finally {
      packet.release();
    }
  }
}
