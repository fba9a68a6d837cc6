package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Session;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalInfileRequestTest {
  @Test
  void decodesTheFileName() {
    LocalInfileRequest request =
        decode("fb" + ascii("/tmp/data.csv"), payload -> LocalInfileRequest.decode(payload, Session.INITIAL));
    assertEquals("/tmp/data.csv", request.fileName());
  }

  @Test
  void rejectsAnotherHeader() {
    assertEquals(
        "LOCAL INFILE request header: 0x0 (expected: 0xfb)",
        decodeFailure("00 61", payload -> LocalInfileRequest.decode(payload, Session.INITIAL)));
  }

  @Test
  void truncationsFailOnlyWithoutHeader() {
    assertTruncationsFail("fb 61 62", payload -> LocalInfileRequest.decode(payload, Session.INITIAL), Set.of(1, 2));
  }
}
