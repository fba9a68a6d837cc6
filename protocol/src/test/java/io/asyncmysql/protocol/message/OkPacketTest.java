package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.message.SessionStateChange.Gtids;
import io.asyncmysql.protocol.message.SessionStateChange.Schema;
import io.asyncmysql.protocol.message.SessionStateChange.StateChange;
import io.asyncmysql.protocol.message.SessionStateChange.SystemVariable;
import io.asyncmysql.protocol.message.SessionStateChange.TransactionCharacteristics;
import io.asyncmysql.protocol.message.SessionStateChange.TransactionState;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OkPacketTest {
  private static final Session PLAIN = Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41);
  private static final Session TRACKING =
      Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41 | Capabilities.SESSION_TRACK);

  /** The OK packet example of the protocol documentation: autocommit, nothing else. */
  private static final String DOCUMENTATION_EXAMPLE = "00 00 00 02 00 00 00";

  private static final String UPDATE_INFO =
      "00 01 00 02 00 00 00" + ascii("Rows matched: 1  Changed: 1  Warnings: 0");

  /** Header 0xFE, SERVER_SESSION_STATE_CHANGED, empty info, one entry of every tracker and an unknown one. */
  private static final String STATE_CHANGES =
      "fe 00 00 02 40 00 00 00 75"
          + "00 0f 0a" + ascii("autocommit") + "03" + ascii("OFF")
          + "01 05 04" + ascii("test")
          + "02 02 01 31"
          + "03 29 00 27" + ascii("3E11FA47-71CA-11E1-9E33-C80AA9429562:23")
          + "04 1d 1c" + ascii("START TRANSACTION READ ONLY;")
          + "05 09 08" + ascii("T_______")
          + "7f 02 ab cd";

  @Test
  void decodesTheDocumentationExample() {
    OkPacket ok = decode(DOCUMENTATION_EXAMPLE, payload -> OkPacket.decode(payload, TRACKING));
    assertEquals(new OkPacket(0, 0, 2, 0, "", List.of()), ok);
  }

  @Test
  void readsInfoToTheEndWithoutSessionTracking() {
    OkPacket ok = decode(UPDATE_INFO, payload -> OkPacket.decode(payload, PLAIN));
    assertEquals(new OkPacket(1, 0, 2, 0, "Rows matched: 1  Changed: 1  Warnings: 0", List.of()), ok);
  }

  @Test
  void readsLengthEncodedInfoWithSessionTracking() {
    OkPacket ok = decode("00 00 00 02 00 00 00 05" + ascii("hello"), payload -> OkPacket.decode(payload, TRACKING));
    assertEquals("hello", ok.info());
  }

  @Test
  void readsUnsignedLengthEncodedCounts() {
    OkPacket ok =
        decode("00 fe ff ff ff ff ff ff ff ff fd 00 00 01 22 00 01 00", payload -> OkPacket.decode(payload, TRACKING));
    assertEquals("18446744073709551615", Long.toUnsignedString(ok.affectedRows()));
    assertEquals(0x10000, ok.lastInsertId());
    assertEquals(0x22, ok.statusFlags());
    assertEquals(1, ok.warningCount());
  }

  @Test
  void decodesEverySessionStateTracker() {
    OkPacket ok = decode(STATE_CHANGES, payload -> OkPacket.decode(payload, TRACKING));
    assertEquals(0x4002, ok.statusFlags());
    assertEquals("", ok.info());
    assertEquals(
        List.of(
            new SystemVariable("autocommit", "OFF"),
            new Schema("test"),
            new StateChange(true),
            new Gtids("3E11FA47-71CA-11E1-9E33-C80AA9429562:23"),
            new TransactionCharacteristics("START TRANSACTION READ ONLY;"),
            new TransactionState("T_______")),
        ok.stateChanges());
  }

  @Test
  void rejectsAnotherHeader() {
    assertEquals(
        "OK packet header: 0x5 (expected: 0x0 or 0xfe)",
        decodeFailure("05 00 00 02 00 00 00", payload -> OkPacket.decode(payload, TRACKING)));
  }

  @Test
  void rejectsForgedLengths() {
    // Reserved first byte of an affected-rows count.
    decodeFailure("00 fb 00 02 00 00 00", payload -> OkPacket.decode(payload, TRACKING));
    // A state block longer than the payload.
    decodeFailure("00 00 00 00 40 00 00 00 fd ff ff ff 01 05 04 74", payload -> OkPacket.decode(payload, TRACKING));
    // An entry longer than its block.
    decodeFailure("00 00 00 00 40 00 00 00 04 01 fc ff ff", payload -> OkPacket.decode(payload, TRACKING));
    // A variable name longer than its entry, though the block goes on.
    decodeFailure(
        "00 00 00 00 40 00 00 00 08 00 02 05 61 01 05 01 61", payload -> OkPacket.decode(payload, TRACKING));
  }

  @Test
  void truncationsFailExceptWhereInfoIsOptional() {
    assertTruncationsFail(STATE_CHANGES, payload -> OkPacket.decode(payload, TRACKING), Set.of());
    assertTruncationsFail(
        "00 00 00 02 00 00 00 05" + ascii("hello"), payload -> OkPacket.decode(payload, TRACKING), Set.of(7));
    int length = UPDATE_INFO.replace(" ", "").length() / 2;
    assertTruncationsFail(
        UPDATE_INFO,
        payload -> OkPacket.decode(payload, PLAIN),
        IntStream.range(7, length).boxed().collect(Collectors.toSet()));
  }
}
