package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Session;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnCountTest {
  private static final Session MYSQL = Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41);
  private static final Session CACHING =
      Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41 | Capabilities.MARIADB_CACHE_METADATA);

  @Test
  void decodesALengthEncodedCount() {
    assertEquals(new ColumnCount(1, true), decode("01", payload -> ColumnCount.decode(payload, MYSQL)));
    assertEquals(new ColumnCount(256, true), decode("fc 00 01", payload -> ColumnCount.decode(payload, MYSQL)));
    assertEquals(new ColumnCount(65535, true), decode("fc ff ff", payload -> ColumnCount.decode(payload, MYSQL)));
  }

  @Test
  void readsTheMetadataByteOfMariaDbMetadataCaching() {
    assertEquals(new ColumnCount(3, false), decode("03 00", payload -> ColumnCount.decode(payload, CACHING)));
    assertEquals(new ColumnCount(3, true), decode("03 01", payload -> ColumnCount.decode(payload, CACHING)));
    assertEquals(
        "column count metadata follows: 2 (expected: 0 or 1)",
        decodeFailure("03 02", payload -> ColumnCount.decode(payload, CACHING)));
    decodeFailure("03", payload -> ColumnCount.decode(payload, CACHING));
  }

  @Test
  void rejectsCountsOutOfRange() {
    assertEquals(
        "column count: 0 (expected: 1..65535)", decodeFailure("00", payload -> ColumnCount.decode(payload, MYSQL)));
    assertEquals(
        "column count: 65536 (expected: 1..65535)",
        decodeFailure("fd 00 00 01", payload -> ColumnCount.decode(payload, MYSQL)));
    assertEquals(
        "column count: 18446744073709551615 (expected: 1..65535)",
        decodeFailure("fe ff ff ff ff ff ff ff ff", payload -> ColumnCount.decode(payload, MYSQL)));
    decodeFailure("fb", payload -> ColumnCount.decode(payload, MYSQL));
  }

  @Test
  void truncationsFail() {
    assertTruncationsFail("fc 00 01", payload -> ColumnCount.decode(payload, MYSQL), Set.of());
    assertTruncationsFail("fc 00 01 01", payload -> ColumnCount.decode(payload, CACHING), Set.of());
  }
}
