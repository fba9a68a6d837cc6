package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.ServerPacketKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Hex;
import io.asyncmysql.protocol.Packet;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ServerPacketKindTest {
  private static final Session WITH_EOF = Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41);
  private static final Session DEPRECATE_EOF =
      Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41 | Capabilities.DEPRECATE_EOF);

  @Test
  void greetingIsAHandshakeOrAnError() {
    assertEquals(HANDSHAKE, kind("0a 38 2e 30 00", ServerPacketKind::ofGreeting));
    assertEquals(ERR, kind("ff 10 04 54 6f 6f", ServerPacketKind::ofGreeting));
  }

  @Test
  void authResponses() {
    assertEquals(OK, kind("00 00 00 02 00 00 00", ServerPacketKind::ofAuthResponse));
    assertEquals(ERR, kind("ff 15 04 23 32 38 30 30 30", ServerPacketKind::ofAuthResponse));
    assertEquals(AUTH_SWITCH_REQUEST, kind("fe 61 00", ServerPacketKind::ofAuthResponse));
    assertEquals(AUTH_SWITCH_REQUEST, kind("fe", ServerPacketKind::ofAuthResponse));
    assertEquals(AUTH_MORE_DATA, kind("01 03", ServerPacketKind::ofAuthResponse));
    assertEquals(
        "auth response header: 0x2 (expected: 0x0, 0x1, 0xfe or 0xff)",
        kindFailure("02", ServerPacketKind::ofAuthResponse));
  }

  @Test
  void commandResponses() {
    assertEquals(OK, kind("00 00 00 02 00 00 00", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(ERR, kind("ff 48 04 23 48 59 30 30 30", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(PROGRESS_REPORT, kind("ff ff ff 01 01 03 00 00 00 00", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(LOCAL_INFILE_REQUEST, kind("fb 61", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(COLUMN_COUNT, kind("01", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(COLUMN_COUNT, kind("fc 00 01", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(OK, kind("fe 00 00 02 00 00 00", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(EOF, kind("fe 00 00 02 00", p -> ofCommandResponse(p, WITH_EOF)));
  }

  @Test
  void rows() {
    assertEquals(ROW, kind("00 00 01", p -> ofRow(p, DEPRECATE_EOF)));
    assertEquals(ROW, kind("fb 01 61", p -> ofRow(p, DEPRECATE_EOF)));
    assertEquals(ROW, kind("03 64 65 66", p -> ofRow(p, WITH_EOF)));
    assertEquals(ERR, kind("ff 48 04 23 48 59 30 30 30", p -> ofRow(p, DEPRECATE_EOF)));
    assertEquals(ERR, kind("ff", p -> ofRow(p, DEPRECATE_EOF)));
    assertEquals(PROGRESS_REPORT, kind("ff ff ff 01", p -> ofRow(p, DEPRECATE_EOF)));
    assertEquals(OK, kind("fe 00 00 02 00 00 00", p -> ofRow(p, DEPRECATE_EOF)));
    assertEquals(EOF, kind("fe 00 00 02 00", p -> ofRow(p, WITH_EOF)));
  }

  @Test
  void a0xFeRowIsToldApartByItsLength() {
    assertEquals(OK, kindOfLength(Packet.MAX_PAYLOAD_LENGTH - 1, DEPRECATE_EOF));
    assertEquals(EOF, kindOfLength(Packet.MAX_PAYLOAD_LENGTH - 1, WITH_EOF));
    assertEquals(ROW, kindOfLength(Packet.MAX_PAYLOAD_LENGTH, DEPRECATE_EOF));
    assertEquals(ROW, kindOfLength(Packet.MAX_PAYLOAD_LENGTH + 9, WITH_EOF));
  }

  @Test
  void emptyPayloadIsRejectedInEveryPhase() {
    String expected = "server packet: empty payload (expected: at least 1 byte)";
    assertEquals(expected, kindFailure("", ServerPacketKind::ofGreeting));
    assertEquals(expected, kindFailure("", ServerPacketKind::ofAuthResponse));
    assertEquals(expected, kindFailure("", p -> ofCommandResponse(p, DEPRECATE_EOF)));
    assertEquals(expected, kindFailure("", p -> ofRow(p, DEPRECATE_EOF)));
  }

  @Test
  void classifyingLeavesThePayloadUnread() {
    ByteBuf payload = Hex.buffer("fe 00 00 02 00 00 00");
    try {
      ofRow(payload, DEPRECATE_EOF);
      assertEquals(0, payload.readerIndex());
    } finally {
      payload.release();
    }
  }

  private static ServerPacketKind kindOfLength(int length, Session session) {
    ByteBuf payload = Unpooled.buffer(length).writeByte(0xFE).writeZero(length - 1);
    try {
      return ofRow(payload, session);
    } finally {
      payload.release();
    }
  }

  private static ServerPacketKind kind(String hex, Function<ByteBuf, ServerPacketKind> classifier) {
    ByteBuf payload = Hex.buffer(hex);
    try {
      return classifier.apply(payload);
    } finally {
      payload.release();
    }
  }

  private static String kindFailure(String hex, Function<ByteBuf, ServerPacketKind> classifier) {
    return assertThrows(ProtocolException.class, () -> kind(hex, classifier)).getMessage();
  }
}
