package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Hex;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthMoreDataTest {
  @Test
  void decodesCachingSha2FastAuthSuccess() {
    assertArrayEquals(new byte[] {3}, decode("01 03", AuthMoreData::decode).data());
  }

  @Test
  void decodesAnyLengthOfData() {
    String key = "2d 2d 2d 2d 2d 42 45 47 49 4e 20 50 55 42 4c 49 43 20 4b 45 59";
    assertArrayEquals(Hex.bytes(key), decode("01" + key, AuthMoreData::decode).data());
    assertArrayEquals(new byte[0], decode("01", AuthMoreData::decode).data());
  }

  @Test
  void rejectsAnotherHeader() {
    assertEquals("auth more data header: 0x0 (expected: 0x1)", decodeFailure("00 03", AuthMoreData::decode));
  }

  @Test
  void truncationsFailOnlyWithoutHeader() {
    assertTruncationsFail("01 03 04", AuthMoreData::decode, Set.of(1, 2));
  }
}
