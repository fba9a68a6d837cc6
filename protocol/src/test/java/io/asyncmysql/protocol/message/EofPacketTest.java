package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EofPacketTest {
  @Test
  void decodesTheDocumentationExample() {
    assertEquals(new EofPacket(0, 2), decode("fe 00 00 02 00", EofPacket::decode));
  }

  @Test
  void decodesWarningsAndStatus() {
    assertEquals(new EofPacket(3, 0x000a), decode("fe 03 00 0a 00", EofPacket::decode));
  }

  @Test
  void rejectsAPayloadOfNineBytesOrMore() {
    assertEquals(
        "EOF packet length: 9 (expected: < 9)", decodeFailure("fe 00 00 02 00 00 00 00 00", EofPacket::decode));
  }

  @Test
  void rejectsAnotherHeader() {
    assertEquals("EOF packet header: 0x0 (expected: 0xfe)", decodeFailure("00 00 00 02 00", EofPacket::decode));
  }

  @Test
  void truncationsFail() {
    assertTruncationsFail("fe 00 00 02 00", EofPacket::decode, Set.of());
  }
}
