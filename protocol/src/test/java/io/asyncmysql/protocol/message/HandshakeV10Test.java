package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.Capabilities;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HandshakeV10Test {
  /** The HandshakeV10 example of the protocol documentation: MySQL 5.5.2, no CLIENT_PLUGIN_AUTH. */
  private static final String DOCUMENTATION_EXAMPLE =
      """
      0a 35 2e 35 2e 32 2d 6d 32 00 52 00 00 00 22 3d 4e 50 29 75 39 56 00 ff ff 08 02 00
      00 00 00 00 00 00 00 00 00 00 00 00 00 29 64 40 52 5c 55 78 7a 7c 21 29 4b 00""";

  /** MySQL 8.0 with caching_sha2_password. */
  private static final String MYSQL_8 =
      "0a"
          + ascii("8.0.36") + "00"
          + "0d 00 00 00"
          + ascii("12345678") + "00"
          + "ff ff ff 02 00 ff df 15"
          + "00 00 00 00 00 00 00 00 00 00"
          + ascii("abcdefghijkl") + "00"
          + ascii("caching_sha2_password") + "00";

  /** MariaDB 10.11: CLIENT_MYSQL unset, extended capabilities 0x1d in the last reserved bytes. */
  private static final String MARIADB =
      "0a"
          + ascii("5.5.5-10.11.6-MariaDB") + "00"
          + "07 00 00 00"
          + ascii("ABCDEFGH") + "00"
          + "fe f7 2d 02 00 ff 81 15"
          + "00 00 00 00 00 00 1d 00 00 00"
          + ascii("IJKLMNOPQRST") + "00"
          + ascii("mysql_native_password") + "00";

  @Test
  void decodesTheDocumentationExample() {
    HandshakeV10 handshake = decode(DOCUMENTATION_EXAMPLE, HandshakeV10::decode);
    assertEquals("5.5.2-m2", handshake.serverVersion());
    assertEquals(0x52, handshake.connectionId());
    assertEquals(0xffffL, handshake.capabilities());
    assertEquals(8, handshake.collationId());
    assertEquals(2, handshake.statusFlags());
    assertArrayEquals("\"=NP)u9V)d@R\\Uxz|!)K".getBytes(StandardCharsets.US_ASCII), handshake.nonce());
    assertEquals("", handshake.authPluginName());
    assertFalse(handshake.mariaDb());
  }

  @Test
  void decodesMySql8() {
    HandshakeV10 handshake = decode(MYSQL_8, HandshakeV10::decode);
    assertEquals("8.0.36", handshake.serverVersion());
    assertEquals(13, handshake.connectionId());
    assertEquals(0xdfffffffL, handshake.capabilities());
    assertEquals(255, handshake.collationId());
    assertArrayEquals("12345678abcdefghijkl".getBytes(StandardCharsets.US_ASCII), handshake.nonce());
    assertEquals("caching_sha2_password", handshake.authPluginName());
    assertFalse(handshake.mariaDb());
  }

  @Test
  void decodesMariaDbExtendedCapabilities() {
    HandshakeV10 handshake = decode(MARIADB, HandshakeV10::decode);
    assertEquals("5.5.5-10.11.6-MariaDB", handshake.serverVersion());
    assertEquals(0x1d_81fff7feL, handshake.capabilities());
    assertTrue((handshake.capabilities() & Capabilities.MARIADB_STMT_BULK_OPERATIONS) != 0);
    assertTrue((handshake.capabilities() & Capabilities.MARIADB_CACHE_METADATA) != 0);
    assertEquals(45, handshake.collationId());
    assertArrayEquals("ABCDEFGHIJKLMNOPQRST".getBytes(StandardCharsets.US_ASCII), handshake.nonce());
    assertEquals("mysql_native_password", handshake.authPluginName());
    assertTrue(handshake.mariaDb());
  }

  @Test
  void ignoresTheReservedBytesOfMySql() {
    String withFiller = MYSQL_8.replace("00 00 00 00 00 00 00 00 00 00", "00 00 00 00 00 00 1d 00 00 00");
    assertEquals(0xdfffffffL, decode(withFiller, HandshakeV10::decode).capabilities());
  }

  @Test
  void acceptsAPluginNameWithoutItsNul() {
    String withoutNul = MYSQL_8.substring(0, MYSQL_8.length() - 2);
    assertEquals("caching_sha2_password", decode(withoutNul, HandshakeV10::decode).authPluginName());
  }

  @Test
  void rejectsAnotherProtocolVersion() {
    assertEquals(
        "handshake protocol version: 9 (expected: 10)", decodeFailure("09" + MYSQL_8.substring(2), HandshakeV10::decode));
  }

  @Test
  void rejectsANonceLengthBeyondThePayload() {
    String forged = MYSQL_8.replace("ff df 15", "ff df ff");
    decodeFailure(forged, HandshakeV10::decode);
  }

  @Test
  void rejectsAServerVersionOrPluginNameLongerThanAnyServerSends() {
    String longVersion = MYSQL_8.replace(ascii("8.0.36"), ascii("a".repeat(256)));
    assertEquals("server version: 256 characters (expected: at most 255)", decodeFailure(longVersion, HandshakeV10::decode));
    String longPlugin = MYSQL_8.replace(ascii("caching_sha2_password"), ascii("p".repeat(256)));
    assertEquals("auth plugin name: 256 characters (expected: at most 255)", decodeFailure(longPlugin, HandshakeV10::decode));
  }

  @Test
  void truncationsFailExceptBeforeOptionalFields() {
    // After the lower capability flags the rest may be missing; the plugin name may end without NUL.
    assertTruncationsFail(DOCUMENTATION_EXAMPLE, HandshakeV10::decode, Set.of(25));
    assertTruncationsFail(MYSQL_8, HandshakeV10::decode, union(23, range(52, 74)));
    assertTruncationsFail(MARIADB, HandshakeV10::decode, union(38, range(67, 89)));
  }

  private static Set<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().collect(Collectors.toSet());
  }

  private static Set<Integer> union(int single, Set<Integer> others) {
    Set<Integer> all = new HashSet<>(others);
    all.add(single);
    return all;
  }
}
