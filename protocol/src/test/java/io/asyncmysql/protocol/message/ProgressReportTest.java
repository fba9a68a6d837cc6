package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Session;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressReportTest {
  /** Stage 1 of 3, 100% (100000 thousandths), "copy to tmp table". */
  private static final String REPORT = "ff ff ff 01 01 03 a0 86 01 11" + ascii("copy to tmp table");

  @Test
  void decodesAReport() {
    ProgressReport report = decode(REPORT, payload -> ProgressReport.decode(payload, Session.INITIAL));
    assertEquals(new ProgressReport(1, 3, 100_000, "copy to tmp table"), report);
  }

  @Test
  void rejectsAnErrPacket() {
    assertEquals(
        "progress report header and error code: 0xff, 0x448 (expected: 0xff, 0xffff)",
        decodeFailure("ff 48 04 23 48 59 30 30 30", payload -> ProgressReport.decode(payload, Session.INITIAL)));
  }

  @Test
  void rejectsAForgedStageNameLength() {
    decodeFailure("ff ff ff 01 01 03 a0 86 01 fd ff ff ff 61", p -> ProgressReport.decode(p, Session.INITIAL));
  }

  @Test
  void truncationsFail() {
    assertTruncationsFail(REPORT, payload -> ProgressReport.decode(payload, Session.INITIAL), Set.of());
  }
}
