package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.Fixtures.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.Hex;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SslRequestTest {
  /** MariaDB with TLS: lower capabilities 0x01beaa0c, extended 0x0c (bulk operations, extended types). */
  private static final long CAPABILITIES = 0x0c_01beaa0cL;

  @Test
  void writesCapabilitiesMaxPacketCollationAndExtendedCapabilities() {
    assertEquals(
        Hex.normalize(
            "0c aa be 01 ff ff ff 00 2d"
                + "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                + "0c 00 00 00"),
        encode(new SslRequest(CAPABILITIES, 0xffffff, 45), Session.INITIAL));
  }

  @Test
  void leavesTheExtendedCapabilitiesZeroForMySql() {
    String payload = encode(new SslRequest(0x01beaa0dL, 0xffffffffL, 255), Session.INITIAL);
    assertEquals(
        Hex.normalize(
            "0d aa be 01 ff ff ff ff ff"
                + "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                + "00 00 00 00"),
        payload);
  }

  @Test
  void isTheStartOfTheHandshakeResponse() {
    String request = encode(new SslRequest(CAPABILITIES, 0xffffff, 45), Session.INITIAL);
    String response =
        encode(
            new HandshakeResponse41(CAPABILITIES, 0xffffff, 45, "u", new byte[0], "db", "p", Map.of()),
            Session.INITIAL);
    assertTrue(response.startsWith(request), response);
  }

  @Test
  void rejectsACollationOutsideOneByte() {
    assertThrows(ProtocolException.class, () -> encode(new SslRequest(CAPABILITIES, 1, 0), Session.INITIAL));
    assertEquals(
        "collation id: 256 (expected: 1..255)",
        assertThrows(ProtocolException.class, () -> encode(new SslRequest(CAPABILITIES, 1, 256), Session.INITIAL))
            .getMessage());
  }
}
