package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Session;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ErrPacketTest {
  /** The ERR packet example of the protocol documentation. */
  private static final String DOCUMENTATION_EXAMPLE = "ff 48 04 23 48 59 30 30 30" + ascii("No tables used");

  @Test
  void decodesTheDocumentationExample() {
    ErrPacket err = decode(DOCUMENTATION_EXAMPLE, payload -> ErrPacket.decode(payload, Session.INITIAL));
    assertEquals(new ErrPacket(1096, "HY000", "No tables used"), err);
  }

  @Test
  void decodesAnErrorWithoutSqlState() {
    // Sent instead of the handshake, before the 4.1 protocol is agreed.
    ErrPacket err = decode("ff 10 04" + ascii("Too many connections"), p -> ErrPacket.decode(p, Session.INITIAL));
    assertEquals(new ErrPacket(1040, ErrPacket.GENERAL_ERROR, "Too many connections"), err);
  }

  @Test
  void rejectsAProgressReport() {
    decodeFailure("ff ff ff 01 01 03 a0 86 01 00", payload -> ErrPacket.decode(payload, Session.INITIAL));
  }

  @Test
  void rejectsAnotherHeader() {
    assertEquals(
        "ERR packet header: 0xfe (expected: 0xff)",
        decodeFailure("fe 48 04", payload -> ErrPacket.decode(payload, Session.INITIAL)));
  }

  @Test
  void truncationsFailExceptInTheMessage() {
    int length = DOCUMENTATION_EXAMPLE.replace(" ", "").length() / 2;
    Set<Integer> valid = IntStream.range(9, length).boxed().collect(Collectors.toSet());
    valid.add(3);
    assertTruncationsFail(DOCUMENTATION_EXAMPLE, payload -> ErrPacket.decode(payload, Session.INITIAL), valid);
  }
}
