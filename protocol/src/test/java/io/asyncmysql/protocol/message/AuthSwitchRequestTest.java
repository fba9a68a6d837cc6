package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Hex;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuthSwitchRequestTest {
  private static final String NONCE = "0b 1a 2d 3c 4f 5e 61 70 03 12 25 34 47 56 69 78 07 16 29 38";
  private static final String REQUEST = "fe" + ascii("mysql_native_password") + "00" + NONCE + "00";

  @Test
  void decodesPluginNameAndDataAsSent() {
    AuthSwitchRequest request = decode(REQUEST, AuthSwitchRequest::decode);
    assertEquals("mysql_native_password", request.authPluginName());
    assertArrayEquals(Hex.bytes(NONCE + "00"), request.pluginData());
  }

  @Test
  void decodesTheOldBareForm() {
    AuthSwitchRequest request = decode("fe", AuthSwitchRequest::decode);
    assertEquals(AuthSwitchRequest.OLD_PASSWORD_PLUGIN, request.authPluginName());
    assertArrayEquals(new byte[0], request.pluginData());
  }

  @Test
  void rejectsAPluginNameWithoutNul() {
    decodeFailure("fe" + ascii("mysql_native_password"), AuthSwitchRequest::decode);
  }

  @Test
  void rejectsAnotherHeader() {
    assertEquals(
        "auth switch request header: 0x1 (expected: 0xfe)", decodeFailure("01 04", AuthSwitchRequest::decode));
  }

  @Test
  void truncationsFailInsideThePluginName() {
    // A bare 0xFE is the old form; after the name's NUL the data may be any length.
    Set<Integer> valid = IntStream.range(23, 44).boxed().collect(Collectors.toSet());
    valid.add(1);
    assertTruncationsFail(REQUEST, AuthSwitchRequest::decode, valid);
  }
}
