package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Hex;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComChangeUserTest {
  private static final String SCRAMBLE = "ab 09 ee f6 bc b1 32 3e 61 14 38 65 c0 99 1d 95 7d 75 d4 47";
  private static final Session SECURE =
      Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION);

  @Test
  void encodesPluginAndAttributesWhenNegotiated() {
    Session session =
        SECURE.withCapabilities(SECURE.capabilities() | Capabilities.PLUGIN_AUTH | Capabilities.CONNECT_ATTRS);
    ComChangeUser changeUser =
        new ComChangeUser("root", Hex.bytes(SCRAMBLE), "shop", 45, "mysql_native_password", Map.of("_os", "Linux"));
    assertEquals(
        Hex.normalize(
            "11" + ascii("root") + "00 14" + SCRAMBLE + ascii("shop") + "00 2d 00"
                + ascii("mysql_native_password") + "00"
                + "0a 03" + ascii("_os") + "05" + ascii("Linux")),
        encode(changeUser, session));
  }

  @Test
  void endsWithTheCollationWithoutPluginAuth() {
    ComChangeUser changeUser = new ComChangeUser("root", Hex.bytes(SCRAMBLE), null, 255, "plugin", Map.of("a", "b"));
    assertEquals(
        Hex.normalize("11" + ascii("root") + "00 14" + SCRAMBLE + "00 ff 00"), encode(changeUser, SECURE));
  }

  @Test
  void terminatesTheAuthResponseWithNulWithoutSecureConnection() {
    Session session = Session.INITIAL.withCapabilities(Capabilities.PROTOCOL_41);
    ComChangeUser changeUser = new ComChangeUser("u", Hex.bytes("41 42"), "d", 33, "plugin", Map.of());
    assertEquals(Hex.normalize("11 75 00 41 42 00 64 00 21 00"), encode(changeUser, session));
  }

  @Test
  void rejectsWhatTheProtocolCannotExpress() {
    assertEquals(
        "collation id: 0 (expected: 1..65535)",
        assertThrows(
                ProtocolException.class,
                () -> encode(new ComChangeUser("u", new byte[0], null, 0, "", Map.of()), SECURE))
            .getMessage());
    assertThrows(
        ProtocolException.class, () -> encode(new ComChangeUser("u", new byte[256], null, 33, "", Map.of()), SECURE));
    assertThrows(
        ProtocolException.class, () -> encode(new ComChangeUser("u", new byte[0], "d\0", 33, "", Map.of()), SECURE));
  }
}
