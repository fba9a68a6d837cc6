package io.asyncmysql.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.message.ComPing;
import io.asyncmysql.protocol.message.ComQuery;
import io.asyncmysql.protocol.message.ComStmtClose;
import io.asyncmysql.protocol.message.HandshakeResponse41;
import io.asyncmysql.protocol.message.LocalInfileData;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PacketEncoderTest {
  private static final int MAX = Packet.MAX_PAYLOAD_LENGTH;

  private final Sequence sequence = new Sequence();
  private final PacketEncoder encoder = new PacketEncoder(sequence, Session.INITIAL);
  private final EmbeddedChannel channel = new EmbeddedChannel(encoder);

  @Test
  void commandStartsAtSequenceIdZeroAndItsResponseAfterIt() {
    skipIds(7);
    channel.writeOutbound(new ComQuery("select @@version_comment limit 1"));
    // The COM_QUERY example of the protocol documentation.
    assertOutbound(
        "21 00 00 00 03 73 65 6c 65 63 74 20 40 40 76 65 72 73 69 6f 6e 5f 63 6f 6d 6d 65 6e 74 20 6c 69 6d 69 74"
            + " 20 31");
    assertEquals(7, sequence.next(), "the exchange in progress is left alone");
    sequence.startResponse();
    assertEquals(1, sequence.next());
    assertFalse(channel.finish());
  }

  @Test
  void pipelinedCommandsEachAwaitTheirResponseInOrder() {
    channel.writeOutbound(ComPing.INSTANCE, new ComStmtClose(5), new ComQuery("SELECT 1"));
    for (int i = 0; i < 3; i++) {
      ByteBuf packet = channel.readOutbound();
      assertEquals(0, packet.getUnsignedByte(3));
      packet.release();
    }
    sequence.startResponse();
    assertEquals(1, sequence.next());
    sequence.startResponse();
    assertEquals(1, sequence.next());
    assertThrows(IllegalStateException.class, sequence::startResponse, "COM_STMT_CLOSE has no response");
    assertFalse(channel.finish());
  }

  @Test
  void otherMessagesContinueTheSequence() {
    skipIds(1); // the server's handshake
    channel.writeOutbound(
        new HandshakeResponse41(
            0x000fa68dL,
            16L << 20,
            8,
            "pam",
            Hex.bytes("ab 09 ee f6 bc b1 32 3e 61 14 38 65 c0 99 1d 95 7d 75 d4 47"),
            "test",
            "mysql_native_password",
            Map.of()));
    // The HandshakeResponse41 example of the protocol documentation.
    assertOutbound(
        """
        54 00 00 01 8d a6 0f 00 00 00 00 01 08 00 00 00
        00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
        00 00 00 00 70 61 6d 00 14 ab 09 ee f6 bc b1 32
        3e 61 14 38 65 c0 99 1d 95 7d 75 d4 47 74 65 73
        74 00 6d 79 73 71 6c 5f 6e 61 74 69 76 65 5f 70
        61 73 73 77 6f 72 64 00""");
    assertEquals(2, sequence.next());
    assertFalse(channel.finish());
  }

  @Test
  void payloadOfMaxAllowedPacketFailsAndWritesNothing() {
    encoder.session(Session.INITIAL.withMaxAllowedPacket(9));
    skipIds(3);
    PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class, () -> channel.writeOutbound(new ComQuery("SELECT 1")));
    assertEquals("ComQuery payload: 9 bytes (expected: < max_allowed_packet 9)", e.getMessage());
    assertEquals(9, e.length());
    assertEquals(9, e.maxAllowedPacket());
    assertNull(channel.readOutbound());
    assertEquals(3, sequence.next());
    assertFalse(channel.finish());
  }

  @Test
  void payloadOneByteShortOfMaxAllowedPacketIsWritten() {
    encoder.session(Session.INITIAL.withMaxAllowedPacket(10));
    channel.writeOutbound(new ComQuery("SELECT 1"));
    assertOutbound("09 00 00 00 03 53 45 4c 45 43 54 20 31");
    assertFalse(channel.finish());
  }

  @Test
  void referenceCountedMessagesAreReleasedWhetherWrittenOrNot() {
    ByteBuf written = Unpooled.buffer().writeBytes(Hex.bytes("61 62"));
    channel.writeOutbound(new LocalInfileData(written));
    assertEquals(0, written.refCnt());
    assertOutbound("02 00 00 00 61 62");

    encoder.session(Session.INITIAL.withMaxAllowedPacket(1));
    ByteBuf refused = Unpooled.buffer().writeBytes(Hex.bytes("61 62"));
    assertThrows(ProtocolException.class, () -> channel.writeOutbound(new LocalInfileData(refused)));
    assertEquals(0, refused.refCnt());
    assertFalse(channel.finish());
  }

  @Test
  void otherObjectsPassThrough() {
    ByteBuf raw = Hex.buffer("01 02");
    channel.writeOutbound(raw);
    ByteBuf out = channel.readOutbound();
    assertSame(raw, out);
    out.release();
    channel.writeOutbound(ComPing.INSTANCE);
    assertOutbound("01 00 00 00 0e");
    assertFalse(channel.finish());
  }

  @Test
  void payloadJustUnderTheSplitIsOnePacket() {
    assertSplit(MAX - 1, MAX - 1);
  }

  @Test
  void payloadOfExactlyTheSplitEndsWithAnEmptyPacket() {
    assertSplit(MAX, MAX, 0);
  }

  @Test
  void payloadJustOverTheSplitTakesTwoPackets() {
    assertSplit(MAX + 1, MAX, 1);
  }

  @Test
  void payloadOfTwiceTheSplitTakesThreePackets() {
    assertSplit(2 * MAX, MAX, MAX, 0);
  }

  @Test
  void splitCommandStartsAtZeroAndItsResponseAfterItsLastPacket() {
    skipIds(5);
    String sql = "x".repeat(MAX);
    channel.writeOutbound(new ComQuery(sql));
    byte[] expectedPayload = ("\u0003" + sql).getBytes(StandardCharsets.US_ASCII);
    assertPackets(Wire.packets(expectedPayload, 0, MAX, 1));
    sequence.startResponse();
    assertEquals(2, sequence.next());
    assertFalse(channel.finish());
  }

  @Test
  void splitPayloadDecodesBackToTheSamePayload() {
    byte[] payload = Wire.payload(2 * MAX + 3);
    skipIds(2);
    channel.writeOutbound(new LocalInfileData(Unpooled.wrappedBuffer(payload)));
    Sequence serverSide = new Sequence();
    serverSide.take(1);
    serverSide.take(1);
    EmbeddedChannel decoder = new EmbeddedChannel(new PacketDecoder(serverSide, 1 << 26));
    decoder.writeInbound((ByteBuf) channel.readOutbound());
    Packet packet = decoder.readInbound();
    try {
      assertEquals(2, packet.sequenceId());
      assertArrayEquals(payload, ByteBufUtil.getBytes(packet.payload()));
    } finally {
      packet.release();
    }
    assertEquals(sequence.next(), serverSide.next());
    assertFalse(decoder.finish());
    assertFalse(channel.finish());
  }

  private void assertSplit(int length, int... partLengths) {
    skipIds(2);
    byte[] payload = Wire.payload(length);
    channel.writeOutbound(new LocalInfileData(Unpooled.wrappedBuffer(payload)));
    assertPackets(Wire.packets(payload, 2, partLengths));
    assertEquals(2 + partLengths.length, sequence.next());
    assertFalse(channel.finish());
  }

  private void skipIds(int count) {
    for (int i = 0; i < count; i++) {
      sequence.take(1);
    }
  }

  private void assertPackets(ByteBuf expected) {
    ByteBuf out = channel.readOutbound();
    try {
      assertArrayEquals(ByteBufUtil.getBytes(expected), ByteBufUtil.getBytes(out));
    } finally {
      expected.release();
      out.release();
    }
  }

  private void assertOutbound(String hex) {
    ByteBuf out = channel.readOutbound();
    try {
      assertEquals(Hex.normalize(hex), Hex.dump(out));
    } finally {
      out.release();
    }
  }
}
