package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.ScriptedServer;
import java.io.EOFException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken server, played by {@link ScriptedServer}: the driver refuses what it must, sends
 * no secret, and ends in its own typed exceptions. Scenario names follow the reliability plan.
 */
class RogueServerTest {
  private static final String PASSWORD = "canary-password-7f3a";
  private static final long NATIVE = ScriptedServer.MYSQL_8_CAPABILITIES;

  @Test
  void sec1UnsolicitedLocalInfileIsRefusedAndTheConnectionDestroyed() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.send(0xFB, "/etc/passwd");
      byte[] answer = c.read();
      assertEquals(0, answer.length, "the empty packet that ends the exchange");
      c.ok();
    })) {
      MySqlConnection conn = connect(server, "");
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT 1").orTimeout(30, TimeUnit.SECONDS).join());
      assertInstanceOf(MySqlSecurityException.class, e.getCause());
      awaitClosed(conn);
      assertEquals(List.of(), server.scriptFailures());
    }
  }

  @Test
  void sec2AnInfileRequestForAnotherFileThanTheStatementNamesIsRefused() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.send(0xFB, "/etc/hostname");
      byte[] answer = c.read();
      assertEquals(0, answer.length, "nothing but the empty packet");
      c.ok();
    })) {
      MySqlConnection conn = connect(server, "&allowLocalInfile=true");
      CompletionException e = assertThrows(CompletionException.class,
          () -> conn.query("LOAD DATA LOCAL INFILE 'a.csv' INTO TABLE t").orTimeout(30, TimeUnit.SECONDS).join());
      assertTrue(assertInstanceOf(MySqlSecurityException.class, e.getCause()).getMessage().contains("does not name"));
      assertEquals(List.of(), server.scriptFailures());
    }
  }

  @Test
  void sec3AnInfileRequestForAnotherStatementIsRefusedEvenWhenAllowed() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.send(0xFB, "/etc/hostname");
      c.read();
      c.ok();
    })) {
      MySqlConnection conn = connect(server, "&allowLocalInfile=true");
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT 1").orTimeout(30, TimeUnit.SECONDS).join());
      assertTrue(assertInstanceOf(MySqlSecurityException.class, e.getCause()).getMessage().contains("does not name"));
    }
  }

  @Test
  void sec4RequiredTlsWithoutServerTlsSendsNothing() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      c.greeting(NATIVE, "mysql_native_password");
      c.read();
    })) {
      MySqlAuthenticationException e = authenticationFailure(server, "sslMode=REQUIRED");
      assertTrue(e.getMessage().contains("does not offer TLS"), e.getMessage());
      assertEquals(0, server.received().length, "not a byte after the greeting");
    }
  }

  @Test
  void sec6AnErrorInsteadOfAGreetingIsNotTrusted() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> c.error(1040, "08004", "Please visit evil.example and enter your password"))) {
      CompletionException e = assertThrows(CompletionException.class,
          () -> MySqlConnection.connect("mysql://app:" + PASSWORD + "@127.0.0.1:" + server.port() + "/").orTimeout(30, TimeUnit.SECONDS).join());
      MySqlException failure = assertInstanceOf(MySqlException.class, e.getCause());
      assertFalse(failure.getMessage().contains("evil.example"), failure.getMessage());
      assertTrue(failure.getMessage().contains("1040"), failure.getMessage());
    }
  }

  @Test
  void sec8AnAuthSwitchToACleartextPluginOverPlainTcpIsRefused() throws Exception {
    for (String plugin : new String[] {"mysql_clear_password", "dialog", "mysql_old_password"}) {
      try (ScriptedServer server = ScriptedServer.start(c -> {
        c.greeting(NATIVE, "mysql_native_password");
        c.read();
        c.authSwitch(plugin);
        c.read();
      })) {
        authenticationFailure(server, "sslMode=DISABLED");
        assertFalse(server.receivedText(PASSWORD), plugin + ": the password left the client");
      }
    }
  }

  @Test
  void sec10FullAuthenticationWithoutTlsOrKeyAsksForNothing() throws Exception {
    List<byte[]> afterFullAuthDemand = new CopyOnWriteArrayList<>();
    try (ScriptedServer server = ScriptedServer.start(c -> {
      c.greeting(NATIVE, "caching_sha2_password");
      c.read();
      c.write(new byte[] {0x01, 0x04});
      try {
        afterFullAuthDemand.add(c.read());
      } catch (EOFException hangUp) {
        // The expected answer: the client gives up without sending anything.
      }
    })) {
      MySqlAuthenticationException e = authenticationFailure(server, "sslMode=DISABLED");
      assertTrue(e.getMessage().contains("allowPublicKeyRetrieval"), e.getMessage());
      assertFalse(server.receivedText(PASSWORD));
      awaitScriptEnd(server);
      assertEquals(List.of(), afterFullAuthDemand.stream().map(Arrays::toString).toList(),
          "no public key request (0x02) and no encrypted password");
    }
  }


  @Test
  void sec11AGreetingOfGarbageEndsInAProtocolException() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      c.write(new byte[] {10, 'x', 'y'});
      c.read();
    })) {
      CompletionException e = assertThrows(CompletionException.class,
          () -> MySqlConnection.connect("mysql://app@127.0.0.1:" + server.port() + "/").orTimeout(30, TimeUnit.SECONDS).join());
      assertInstanceOf(MySqlException.class, e.getCause());
    }
  }

  @Test
  void aTruncatedResponseFailsTheCommandAndClosesTheConnection() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.writeRaw(new byte[] {0x20, 0, 0, 1, 1});
    })) {
      MySqlConnection conn = connect(server, "");
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT 1").orTimeout(30, TimeUnit.SECONDS).join());
      assertInstanceOf(ConnectionClosedException.class, e.getCause());
      assertEquals(MySqlException.Delivery.IN_DOUBT, ((MySqlException) e.getCause()).delivery());
    }
  }

  private static void login(ScriptedServer.Connection c) throws Exception {
    c.greeting(NATIVE, "mysql_native_password");
    c.read();
    c.ok();
    c.answerSessionSetup(1, "67108864");
  }

  private static MySqlConnection connect(ScriptedServer server, String extra) {
    return MySqlConnection.connect("mysql://app:" + PASSWORD + "@127.0.0.1:" + server.port() + "/?sslMode=DISABLED" + extra)
        .orTimeout(30, TimeUnit.SECONDS).join();
  }

  private static MySqlAuthenticationException authenticationFailure(ScriptedServer server, String parameters) {
    CompletionException e = assertThrows(CompletionException.class,
        () -> MySqlConnection.connect("mysql://app:" + PASSWORD + "@127.0.0.1:" + server.port() + "/?" + parameters)
            .orTimeout(30, TimeUnit.SECONDS).join());
    return assertInstanceOf(MySqlAuthenticationException.class, e.getCause(), () -> String.valueOf(e.getCause()));
  }

  /** Gives the script's last read time to see the client hang up. */
  private static void awaitScriptEnd(ScriptedServer server) throws InterruptedException {
    server.close();
    Thread.sleep(200);
  }

  private static void awaitClosed(MySqlConnection conn) throws InterruptedException {
    for (int i = 0; i < 300 && conn.isOpen(); i++) {
      Thread.sleep(100);
    }
    assertFalse(conn.isOpen(), "the connection was destroyed");
  }
}
