package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Hex;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandshakeResponse41Test {
  private static final String RESERVED = "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00";
  private static final String SCRAMBLE = "ab 09 ee f6 bc b1 32 3e 61 14 38 65 c0 99 1d 95 7d 75 d4 47";

  @Test
  void encodesTheDocumentationExample() {
    HandshakeResponse41 response =
        new HandshakeResponse41(
            0x000fa68dL, 16L << 20, 8, "pam", Hex.bytes(SCRAMBLE), "test", "mysql_native_password", Map.of());
    assertEquals(
        Hex.normalize(
            """
            8d a6 0f 00 00 00 00 01 08 00 00 00
            00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
            00 00 00 00 70 61 6d 00 14 ab 09 ee f6 bc b1 32
            3e 61 14 38 65 c0 99 1d 95 7d 75 d4 47 74 65 73
            74 00 6d 79 73 71 6c 5f 6e 61 74 69 76 65 5f 70
            61 73 73 77 6f 72 64 00"""),
        encode(response, Session.INITIAL));
  }

  @Test
  void encodesLengthEncodedAuthDataAttributesAndMariaDbCapabilities() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("_client_name", "asyncmysql");
    attributes.put("_os", "Linux");
    HandshakeResponse41 response =
        new HandshakeResponse41(
            0x0c_01beaa0cL, 0xffffff, 45, "root", Hex.bytes(SCRAMBLE), "shop", "mysql_native_password", attributes);
    assertEquals(
        Hex.normalize(
            "0c aa be 01 ff ff ff 00 2d" + RESERVED + "0c 00 00 00"
                + ascii("root") + "00"
                + "14" + SCRAMBLE
                + ascii("shop") + "00"
                + ascii("mysql_native_password") + "00"
                + "22 0c" + ascii("_client_name") + "0a" + ascii("asyncmysql") + "03" + ascii("_os") + "05"
                + ascii("Linux")),
        encode(response, Session.INITIAL));
  }

  @Test
  void writesOnlyTheFieldsItsCapabilitiesAnnounce() {
    HandshakeResponse41 response =
        new HandshakeResponse41(
            Capabilities.PROTOCOL_41, 0xffffff, 33, "root", Hex.bytes("41 42 43"), "shop", "plugin", Map.of("a", "b"));
    assertEquals(
        Hex.normalize("00 02 00 00 ff ff ff 00 21" + RESERVED + "00 00 00 00" + ascii("root") + "00 41 42 43 00"),
        encode(response, Session.INITIAL));
  }

  @Test
  void writesAnAbsentDatabaseAsEmpty() {
    long capabilities = Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION | Capabilities.CONNECT_WITH_DB;
    HandshakeResponse41 response =
        new HandshakeResponse41(capabilities, 0, 33, "u", new byte[0], null, "plugin", Map.of());
    assertEquals(
        Hex.normalize("08 82 00 00 00 00 00 00 21" + RESERVED + "00 00 00 00 75 00 00 00"),
        encode(response, Session.INITIAL));
  }

  @Test
  void lengthEncodedAuthDataMayExceed255Bytes() {
    long capabilities = Capabilities.PROTOCOL_41 | Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA;
    String payload =
        encode(new HandshakeResponse41(capabilities, 0, 33, "u", new byte[300], null, "", Map.of()), Session.INITIAL);
    assertEquals(Hex.normalize("75 00 fc 2c 01 00"), payload.substring(32 * 3, 32 * 3 + 17));
  }

  @Test
  void rejectsWhatTheProtocolCannotExpress() {
    long secure = Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION;
    assertEquals(
        "auth response: 256 bytes (expected: <= 255)",
        failure(new HandshakeResponse41(secure, 0, 33, "u", new byte[256], null, "", Map.of())));
    assertEquals(
        "user: contains NUL (expected: no NUL characters)",
        failure(new HandshakeResponse41(secure, 0, 33, "u\0x", new byte[0], null, "", Map.of())));
    assertEquals(
        "auth response: contains NUL (expected: CLIENT_SECURE_CONNECTION)",
        failure(new HandshakeResponse41(Capabilities.PROTOCOL_41, 0, 33, "u", new byte[1], null, "", Map.of())));
  }

  @Test
  void copiesTheAttributesInTheirOrder() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("b", "1");
    attributes.put("a", "2");
    HandshakeResponse41 response = new HandshakeResponse41(0, 0, 33, "u", new byte[0], null, "", attributes);
    attributes.put("c", "3");
    assertEquals(Map.of("b", "1", "a", "2"), response.attributes());
    assertEquals("b", response.attributes().keySet().iterator().next());
  }

  private static String failure(ClientMessage message) {
    return assertThrows(ProtocolException.class, () -> encode(message, Session.INITIAL)).getMessage();
  }
}
