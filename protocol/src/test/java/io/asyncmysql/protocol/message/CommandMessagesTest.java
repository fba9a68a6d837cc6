package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.Hex.ascii;
import static io.asyncmysql.protocol.message.Fixtures.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.asyncmysql.protocol.Hex;
import io.asyncmysql.protocol.Session;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands whose payload is the command byte and fixed or trailing fields. */
class CommandMessagesTest {
  private static final Session SESSION = Session.INITIAL;

  @Test
  void comQueryMatchesTheDocumentationExample() {
    assertEquals(
        Hex.normalize("03" + ascii("select @@version_comment limit 1")),
        encode(new ComQuery("select @@version_comment limit 1"), SESSION));
  }

  @Test
  void comQueryIsWrittenInTheSessionCharset() {
    assertEquals(Hex.normalize("03 c3 a9"), encode(new ComQuery("é"), SESSION));
    Session latin1 = new Session(0, StandardCharsets.ISO_8859_1, 1 << 20, false);
    assertEquals(Hex.normalize("03 e9"), encode(new ComQuery("é"), latin1));
  }

  @Test
  void commandsWithoutArguments() {
    assertEquals("0e", encode(ComPing.INSTANCE, SESSION));
    assertEquals("01", encode(ComQuit.INSTANCE, SESSION));
    assertEquals("1f", encode(ComResetConnection.INSTANCE, SESSION));
  }

  @Test
  void comInitDb() {
    assertEquals(Hex.normalize("02" + ascii("test")), encode(new ComInitDb("test"), SESSION));
  }

  @Test
  void comSetOption() {
    assertEquals("1b 00 00", encode(new ComSetOption(true), SESSION));
    assertEquals("1b 01 00", encode(new ComSetOption(false), SESSION));
  }

  @Test
  void preparedStatementCommands() {
    assertEquals(Hex.normalize("16" + ascii("SELECT ?")), encode(new ComStmtPrepare("SELECT ?"), SESSION));
    assertEquals("19 01 00 00 00", encode(new ComStmtClose(1), SESSION));
    assertEquals("19 ff ff ff ff", encode(new ComStmtClose(-1), SESSION));
    assertEquals("1a 04 03 02 01", encode(new ComStmtReset(0x01020304), SESSION));
    assertEquals("1c 01 00 00 00 64 00 00 00", encode(new ComStmtFetch(1, 100), SESSION));
  }

  @Test
  void commandsStartANewSequenceAndContinuationsDoNot() {
    List<ClientMessage> commands =
        List.of(
            new ComQuery("x"),
            ComPing.INSTANCE,
            ComQuit.INSTANCE,
            ComResetConnection.INSTANCE,
            new ComInitDb("x"),
            new ComSetOption(true),
            new ComStmtPrepare("x"),
            new ComStmtClose(1),
            new ComStmtReset(1),
            new ComStmtFetch(1, 1));
    commands.forEach(command -> assertInstanceOf(CommandMessage.class, command));
    List<ClientMessage> continuations =
        List.of(
            new AuthSwitchResponse(new byte[0]),
            new SslRequest(0, 0, 33),
            new HandshakeResponse41(0, 0, 33, "u", new byte[0], null, "", Map.of()),
            LocalInfileData.end());
    continuations.forEach(message -> assertFalse(message instanceof CommandMessage, message.toString()));
  }

  @Test
  void authSwitchResponseIsTheRawData() {
    assertEquals("01 02 ff", encode(new AuthSwitchResponse(Hex.bytes("01 02 ff")), SESSION));
    assertEquals("", encode(new AuthSwitchResponse(new byte[0]), SESSION));
  }
}
