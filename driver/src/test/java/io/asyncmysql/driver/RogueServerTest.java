package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.ScriptedServer;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken server, played by {@link ScriptedServer}: the driver refuses what it must, sends
 * no secret, and ends in its own typed exceptions. Scenario names follow the reliability plan.
 */
class RogueServerTest {
  private static final String PASSWORD = "canary-password-7f3a";
  private static final long NATIVE = ScriptedServer.MYSQL_8_CAPABILITIES;
  private static final long WITH_TLS = ScriptedServer.MYSQL_8_CAPABILITIES_WITH_SSL;
  private static final String ALLOW_CLEARTEXT = "&allowCleartextPassword=true";

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
      MySqlConnection conn = connect(server, "sslMode=DISABLED");
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT 1").orTimeout(90, TimeUnit.SECONDS).join());
      assertInstanceOf(MySqlSecurityException.class, e.getCause());
      awaitClosed(conn);
      assertEquals(List.of(), server.scriptFailures());
    }
  }

  @Test
  void sec2AnInfileRequestForAnotherFileThanTheStatementNamesIsRefused() throws Exception {
    assertInfileRefused("LOAD DATA LOCAL INFILE 'a.csv' INTO TABLE t", "/etc/hostname");
    assertInfileRefused("LOAD DATA LOCAL INFILE '/data/a.csv' INTO TABLE t", "a.csv");
    assertInfileRefused("LOAD DATA LOCAL INFILE '/etc/hostname.csv' INTO TABLE t", "/etc/hostname");
    assertInfileRefused("LOAD DATA INFILE '/etc/hostname' INTO TABLE t", "/etc/hostname");
  }

  @Test
  void sec3AnInfileRequestForAnotherStatementIsRefusedEvenWhenAllowed() throws Exception {
    assertInfileRefused("SELECT 1", "/etc/hostname");
    assertInfileRefused("SELECT '/etc/hostname'", "/etc/hostname");
    assertInfileRefused("SELECT 1 /* LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE t */", "/etc/hostname");
  }

  /**
   * With {@code allowLocalInfile} on, the server answers {@code statement} with a request for {@code
   * requested}: the client sends nothing but the empty packet that ends the exchange, fails the
   * statement with a security exception and destroys the connection.
   */
  private static void assertInfileRefused(String statement, String requested) throws Exception {
    List<byte[]> answers = new CopyOnWriteArrayList<>();
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.send(0xFB, requested);
      answers.add(c.read());
      c.ok();
    })) {
      MySqlConnection conn = connect(server, "sslMode=DISABLED&allowLocalInfile=true");
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query(statement).orTimeout(90, TimeUnit.SECONDS).join());
      MySqlSecurityException refused = assertInstanceOf(MySqlSecurityException.class, e.getCause(), statement);
      assertTrue(refused.getMessage().contains("does not name"), refused.getMessage());
      awaitClosed(conn);
      awaitScriptEnd(server);
      assertEquals(List.of(0), answers.stream().map(a -> a.length).toList(), statement + ": nothing but the empty packet");
      assertEquals(List.of(), server.scriptFailures());
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
          () -> MySqlConnection.connect("mysql://app:" + PASSWORD + "@127.0.0.1:" + server.port() + "/").orTimeout(90, TimeUnit.SECONDS).join());
      MySqlException failure = assertInstanceOf(MySqlException.class, e.getCause());
      assertFalse(failure.getMessage().contains("evil.example"), failure.getMessage());
      assertTrue(failure.getMessage().contains("1040"), failure.getMessage());

      SQLException jdbc = assertThrows(SQLException.class, () -> DriverManager.getConnection(
          "jdbc:asyncmysql:" + url(server, "sslMode=DISABLED").substring("mysql:".length())));
      assertEquals("08001", jdbc.getSQLState(), "unable to establish the connection");
      assertFalse(jdbc.getMessage().contains("evil.example"), jdbc.getMessage());
    }
  }

  @Test
  void sec7VerifiedTlsRefusesASelfSignedCertificateBeforeAnyPasswordByte() throws Exception {
    for (String mode : new String[] {"VERIFY_IDENTITY", "VERIFY_CA"}) {
      try (ScriptedServer server = ScriptedServer.start(RogueServerTest::refuseTlsThenListen)) {
        MySqlAuthenticationException e = authenticationFailure(server, "sslMode=" + mode + ALLOW_CLEARTEXT);
        assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
        assertRefusedWithoutPassword(server);
      }
    }
  }

  @Test
  void sec7VerifyIdentityRefusesATrustedCertificateThatNamesAnotherHost() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(List.of("db.example"), RogueServerTest::refuseTlsThenListen)) {
      MySqlAuthenticationException e = authenticationFailure(server,
          "sslMode=VERIFY_IDENTITY" + ALLOW_CLEARTEXT + "&sslCa=" + server.certificate());
      assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
      assertRefusedWithoutPassword(server);
    }
  }

  @Test
  void unverifiedTlsNeverCarriesACleartextPasswordEvenWhenAllowed() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      tlsHandshake(c, "mysql_native_password");
      c.authSwitch("mysql_clear_password");
      c.read();
    })) {
      MySqlAuthenticationException e = authenticationFailure(server, "sslMode=REQUIRED" + ALLOW_CLEARTEXT);
      assertTrue(e.getMessage().contains("mysql_clear_password over TLS"), e.getMessage());
      assertTrue(server.receivedText("app"), "the recording holds the decrypted handshake response");
      assertRefusedWithoutPassword(server);
    }
    try (ScriptedServer server = ScriptedServer.start(c -> {
      c.greeting(WITH_TLS, "mysql_clear_password");
      c.read();
    })) {
      authenticationFailure(server, "sslMode=REQUIRED" + ALLOW_CLEARTEXT);
      assertRefusedWithoutPassword(server);
    }
  }

  @Test
  void verifiedTlsCarriesTheCleartextPasswordWhenAllowed() throws Exception {
    List<byte[]> passwords = new CopyOnWriteArrayList<>();
    try (ScriptedServer server = ScriptedServer.start(c -> {
      tlsHandshake(c, "mysql_native_password");
      c.authSwitch("mysql_clear_password");
      passwords.add(c.read());
      c.ok();
      c.answerSessionSetup(1, "67108864");
    })) {
      connect(server, "sslMode=VERIFY_CA" + ALLOW_CLEARTEXT + "&sslCa=" + server.certificate()).close().join();
    }
    try (ScriptedServer server = ScriptedServer.start(c -> {
      byte[] response = tlsHandshake(c, "mysql_clear_password");
      passwords.add(response);
      c.ok();
      c.answerSessionSetup(1, "67108864");
    })) {
      connect(server, "sslMode=VERIFY_IDENTITY" + ALLOW_CLEARTEXT + "&sslCa=" + server.certificate()).close().join();
    }
    assertArrayEquals((PASSWORD + "\0").getBytes(StandardCharsets.UTF_8), passwords.get(0), "after the switch");
    assertTrue(new String(passwords.get(1), StandardCharsets.ISO_8859_1).contains(PASSWORD + "\0"), "in the handshake response");
  }

  @Test
  void sec8AnAuthSwitchToACleartextPluginOverPlainTcpIsRefusedEvenWhenCleartextIsAllowed() throws Exception {
    for (String parameters : new String[] {"sslMode=DISABLED", "sslMode=DISABLED&allowCleartextPassword=true"}) {
      for (String plugin : new String[] {"mysql_clear_password", "dialog", "mysql_old_password"}) {
        try (ScriptedServer server = ScriptedServer.start(c -> {
          c.greeting(NATIVE, "mysql_native_password");
          c.read();
          c.authSwitch(plugin);
          c.read();
        })) {
          authenticationFailure(server, parameters);
          assertFalse(server.receivedText(PASSWORD), plugin + " with " + parameters + ": the password left the client");
        }
      }
    }
  }

  @Test
  void preferredFallingBackToPlainTcpWarnsAndStillRefusesCleartextAndKeyRetrieval() throws Exception {
    String allowingAll = "sslMode=PREFERRED&allowCleartextPassword=true&allowPublicKeyRetrieval=true";
    List<String> warnings = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel() == Level.WARNING) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("io.asyncmysql.driver");
    logger.addHandler(handler);
    try {
      try (ScriptedServer server = ScriptedServer.start(c -> {
        c.greeting(NATIVE, "mysql_native_password");
        c.read();
        c.authSwitch("mysql_clear_password");
        c.read();
      })) {
        MySqlAuthenticationException e = authenticationFailure(server, allowingAll);
        assertTrue(e.getMessage().contains("mysql_clear_password over TCP"), e.getMessage());
        assertFalse(server.receivedText(PASSWORD), "the password left the client");
      }
      List<byte[]> afterFullAuthDemand = new CopyOnWriteArrayList<>();
      try (ScriptedServer server = ScriptedServer.start(c -> {
        c.greeting(NATIVE, "caching_sha2_password");
        c.read();
        c.write(new byte[] {0x01, 0x04});
        afterFullAuthDemand.add(c.read());
      })) {
        authenticationFailure(server, allowingAll);
        awaitScriptEnd(server);
        assertEquals(List.of(), afterFullAuthDemand.stream().map(Arrays::toString).toList(), "no public key request (0x02)");
      }
      assertEquals(2, warnings.stream().filter(w -> w.contains("offers no TLS")).count(), () -> "warnings: " + warnings);
    } finally {
      logger.removeHandler(handler);
    }
  }

  @Test
  void sec9SerializedObjectsAndReservedColumnNamesAreReturnedAsBytes() throws Exception {
    byte[] serialized = Canary.serialized();
    assertArrayEquals(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5}, Arrays.copyOf(serialized, 4));
    List<ScriptedServer.Column> columns = List.of(ScriptedServer.Column.blob("__proto__"), ScriptedServer.Column.blob("class"));
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.textResult(columns, List.of(List.of(serialized, serialized)));
      c.read();
    })) {
      MySqlConnection conn = connect(server, "sslMode=DISABLED");
      Row row = conn.query("SELECT payload").orTimeout(90, TimeUnit.SECONDS).join().get(0);
      assertEquals(List.of("__proto__", "class"), row.columns().stream().map(ColumnMetadata::name).toList());
      assertArrayEquals(serialized, assertInstanceOf(byte[].class, row.get(0)));
      assertArrayEquals(serialized, assertInstanceOf(byte[].class, row.get("__proto__", Object.class)));
      assertArrayEquals(serialized, assertInstanceOf(byte[].class, row.get("class", Object.class)));
      conn.close().join();

      try (Connection jdbc = DriverManager.getConnection(
              "jdbc:asyncmysql:" + url(server, "sslMode=DISABLED").substring("mysql:".length()));
          Statement statement = jdbc.createStatement();
          ResultSet rs = statement.executeQuery("SELECT payload")) {
        assertTrue(rs.next());
        assertArrayEquals(serialized, assertInstanceOf(byte[].class, rs.getObject(1)));
        assertArrayEquals(serialized, assertInstanceOf(byte[].class, rs.getObject("class")));
        assertArrayEquals(serialized, assertInstanceOf(byte[].class, rs.getObject("__proto__")));
      }
    }
    assertFalse(Canary.deserialized, "the driver deserialized server data");
  }

  @Test
  void aResultReadBeforeTheServerHungUpIsStillTheCallersThroughJdbc() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.textResult("v", "kept");
      c.hangUp();
    })) {
      try (Connection jdbc = DriverManager.getConnection("jdbc:asyncmysql:" + url(server, "sslMode=DISABLED").substring("mysql:".length()));
          Statement statement = jdbc.createStatement()) {
        ResultSet rs = statement.executeQuery("SELECT v");
        assertTrue(rs.next());
        assertEquals("kept", rs.getString(1));
        assertFalse(rs.next());
      }
      assertEquals(List.of(), server.scriptFailures());
    }
  }

  @Test
  void anUpdateAcknowledgedBeforeTheServerHungUpIsReportedDoneThroughJdbc() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.ok();
      c.hangUp();
    })) {
      try (Connection jdbc = DriverManager.getConnection("jdbc:asyncmysql:" + url(server, "sslMode=DISABLED").substring("mysql:".length()));
          Statement statement = jdbc.createStatement()) {
        assertEquals(0, statement.executeUpdate("INSERT INTO t VALUES (1)"));
      }
      assertEquals(List.of(), server.scriptFailures());
    }
  }

  @Test
  void parametersTravelInTheExecutePacketNeverInTheSqlText() throws Exception {
    String evil = "x'); DROP TABLE t; -- \\' OR 1=1";
    List<byte[]> packets = new CopyOnWriteArrayList<>();
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      packets.add(c.read());
      c.prepareOk(1, 1, List.of());
      packets.add(c.read());
      c.ok();
      c.read();
    })) {
      MySqlConnection conn = connect(server, "sslMode=DISABLED");
      conn.query("DO ?", evil).orTimeout(90, TimeUnit.SECONDS).join();
      conn.close().join();
      try (Connection jdbc = DriverManager.getConnection(
              "jdbc:asyncmysql:" + url(server, "sslMode=DISABLED").substring("mysql:".length()));
          PreparedStatement statement = jdbc.prepareStatement("DO ?")) {
        statement.setString(1, evil);
        statement.execute();
      }
    }
    assertEquals(4, packets.size(), "a prepare and an execute per API");
    for (int i = 0; i < packets.size(); i += 2) {
      assertArrayEquals(("\u0016DO ?").getBytes(StandardCharsets.UTF_8), packets.get(i), "COM_STMT_PREPARE of the text as written");
      byte[] execute = packets.get(i + 1);
      assertEquals(0x17, execute[0], "COM_STMT_EXECUTE");
      assertTrue(new String(execute, StandardCharsets.UTF_8).contains(evil), "the value as a bound parameter");
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
    byte[] valid = ScriptedServer.greetingPayload(NATIVE, "mysql_native_password");
    byte[] megabyteVersion = new byte[1 << 20];
    Arrays.fill(megabyteVersion, (byte) '9');
    megabyteVersion[0] = 10;
    byte[] megabyteVersionThenValid = concat(megabyteVersion, Arrays.copyOfRange(valid, 1 + "8.0.99-scripted".length(), valid.length));
    byte[] authDataBeyondThePacket = Arrays.copyOf(valid, valid.length - "mysql_native_password".length() - 14);
    authDataBeyondThePacket[authDataBeyondThePacket.length - 11] = (byte) 0xFF;
    byte[] pluginWithoutNul = concat(Arrays.copyOf(valid, valid.length - 1), "x".repeat(70_000).getBytes(StandardCharsets.US_ASCII));
    Map<String, byte[]> greetings = Map.of(
        "garbage", new byte[] {10, 'x', 'y'},
        "a 1 MiB server version without NUL", megabyteVersion,
        "a 1 MiB server version", megabyteVersionThenValid,
        "auth data longer than the packet", authDataBeyondThePacket,
        "a 70,000-byte plugin name without NUL", pluginWithoutNul);
    for (Map.Entry<String, byte[]> greeting : greetings.entrySet()) {
      try (ScriptedServer server = ScriptedServer.start(c -> {
        c.write(greeting.getValue());
        c.read();
      })) {
        CompletionException e = assertThrows(CompletionException.class,
            () -> MySqlConnection.connect(url(server, "sslMode=DISABLED")).orTimeout(90, TimeUnit.SECONDS).join());
        assertInstanceOf(MySqlProtocolException.class, e.getCause(), greeting.getKey());
        awaitScriptEnd(server);
        assertFalse(server.receivedText("app"), greeting.getKey() + ": a handshake response was sent");
      }
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  @Test
  void sec12AnIdleConnectionTheServerClosedWithAnErrorIsReplacedWithoutAnyUserVisibleError() throws Exception {
    assertReplacedAfter(c -> {
      c.error(4031, "HY000", "The client was disconnected by the server because of inactivity.");
      c.hangUp();
    });
  }

  @Test
  void sec12AnIdleConnectionThatHearsAnErrorOrAnythingElseIsReplacedEvenWhileTheSocketStaysOpen() throws Exception {
    assertReplacedAfter(c -> c.error(4031, "HY000", "The client was disconnected by the server because of inactivity."));
    assertReplacedAfter(ScriptedServer.Connection::ok);
    assertReplacedAfter(c -> c.textResult("n", "forged"));
  }

  /**
   * A pool of one connection: after its first query the server sends {@code unsolicited} to the idle
   * connection; the client must close it (possibly before the server has sent all of it, which the
   * script takes as the client hanging up), and the next query must run on a new connection without
   * any error reaching the user.
   */
  private static void assertReplacedAfter(ScriptedServer.Script unsolicited) throws Exception {
    AtomicInteger connections = new AtomicInteger();
    CountDownLatch idleInPool = new CountDownLatch(1);
    CountDownLatch clientClosed = new CountDownLatch(1);
    try (ScriptedServer server = ScriptedServer.start(c -> {
      int n = connections.incrementAndGet();
      login(c);
      c.read();
      c.textResult("n", String.valueOf(n));
      if (n == 1) {
        idleInPool.await();
        try {
          unsolicited.play(c);
          c.read();
        } finally {
          clientClosed.countDown();
        }
      }
      c.read();
    })) {
      MySqlPool pool = MySqlPool.create(url(server, "sslMode=DISABLED&maxSize=1&minIdle=0"));
      try {
        assertEquals("1", pool.query("SELECT n").orTimeout(90, TimeUnit.SECONDS).join().get(0).get(0));
        idleInPool.countDown();
        assertTrue(clientClosed.await(30, TimeUnit.SECONDS), "the client closed the connection the server gave up");

        assertEquals("2", pool.query("SELECT n").orTimeout(90, TimeUnit.SECONDS).join().get(0).get(0));
        assertEquals(2, connections.get());
        assertEquals(List.of(), server.scriptFailures());
      } finally {
        pool.close().join();
      }
    }
  }

  @Test
  void aSessionSetupAnswerWithoutItsValueFailsTheConnectWithAProtocolException() throws Exception {
    for (String[] answer : new String[][] {{}, {"67a08864"}, {"-1"}}) {
      try (ScriptedServer server = ScriptedServer.start(c -> {
        c.greeting(NATIVE, "mysql_native_password");
        c.read();
        c.ok();
        c.read();
        c.textResult("@@max_allowed_packet", answer);
        c.read();
      })) {
        CompletionException e = assertThrows(CompletionException.class,
            () -> MySqlConnection.connect(url(server, "sslMode=DISABLED")).orTimeout(90, TimeUnit.SECONDS).join());
        assertInstanceOf(MySqlProtocolException.class, e.getCause(), Arrays.toString(answer));
        awaitScriptEnd(server);
        assertEquals(List.of(), server.scriptFailures());
      }
    }
  }

  @Test
  void aMalformedValueIsAProtocolExceptionWhenReadAndTheConnectionStaysUsable() throws Exception {
    ScriptedServer.Column decimal = new ScriptedServer.Column("d", 0xF6, 63);
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.textResult(List.of(decimal), List.of(List.of("1.=".getBytes(StandardCharsets.US_ASCII))));
      c.read();
      c.textResult("ok", "yes");
      c.read();
    })) {
      MySqlConnection conn = connect(server, "sslMode=DISABLED");
      Row row = conn.query("SELECT d").orTimeout(90, TimeUnit.SECONDS).join().get(0);

      MySqlProtocolException e = assertThrows(MySqlProtocolException.class, () -> row.get(0));
      assertEquals("malformed value in column 0: DECIMAL value: \"1.=\" (expected: a decimal number)", e.getMessage());
      assertEquals(MySqlException.Delivery.COMPLETED, e.delivery());
      assertEquals("yes", conn.query("SELECT ok").orTimeout(90, TimeUnit.SECONDS).join().get(0).get(0));
      conn.close().join();
    }
  }

  @Test
  void aPrepareAnswerCountingOtherParametersFailsTheCallBeforeExecutingAndKeepsTheConnection() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.prepareOk(1, 0, List.of());
      c.read();
      c.textResult("ok", "yes");
      c.read();
    })) {
      MySqlConnection conn = connect(server, "sslMode=DISABLED");
      CompletionException e = assertThrows(CompletionException.class,
          () -> conn.query("DO ?", 1).orTimeout(90, TimeUnit.SECONDS).join());
      assertEquals("parameters: 1 (expected: 0, one per ?)", assertInstanceOf(IllegalArgumentException.class, e.getCause()).getMessage());
      assertEquals("yes", conn.query("SELECT ok").orTimeout(90, TimeUnit.SECONDS).join().get(0).get(0));
      conn.close().join();
      assertEquals(List.of(), server.scriptFailures());
    }
  }

  @Test
  void aTruncatedResponseFailsTheCommandAndClosesTheConnection() throws Exception {
    try (ScriptedServer server = ScriptedServer.start(c -> {
      login(c);
      c.read();
      c.writeRaw(new byte[] {0x20, 0, 0, 1, 1});
    })) {
      MySqlConnection conn = connect(server, "sslMode=DISABLED");
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT 1").orTimeout(90, TimeUnit.SECONDS).join());
      assertInstanceOf(ConnectionClosedException.class, e.getCause());
      assertEquals(MySqlException.Delivery.IN_DOUBT, ((MySqlException) e.getCause()).delivery());
    }
  }

  /**
   * Offers TLS and, once the client refused the certificate, reads on in clear: a client that sent
   * its handshake response anyway would show in the recording.
   */
  private static void refuseTlsThenListen(ScriptedServer.Connection c) throws Exception {
    c.greeting(WITH_TLS, "mysql_clear_password");
    c.read();
    assertThrows(IOException.class, c::startTls, "the client accepted the certificate");
    c.read();
  }

  /** Offers TLS proposing {@code plugin}, reads the SSLRequest, switches to TLS, and returns the handshake response. */
  private static byte[] tlsHandshake(ScriptedServer.Connection c, String plugin) throws Exception {
    c.greeting(WITH_TLS, plugin);
    c.read();
    c.startTls();
    return c.read();
  }

  private static void login(ScriptedServer.Connection c) throws Exception {
    c.greeting(NATIVE, "mysql_native_password");
    c.read();
    c.ok();
    c.answerSessionSetup(1, "67108864");
  }

  /** The server's URL with {@code parameters}, and a connect timeout that a loaded machine warming up TLS cannot reach. */
  private static String url(ScriptedServer server, String parameters) {
    return "mysql://app:" + PASSWORD + "@127.0.0.1:" + server.port() + "/?" + parameters + "&connectTimeout=60s";
  }

  private static MySqlConnection connect(ScriptedServer server, String parameters) {
    return MySqlConnection.connect(url(server, parameters))
        .orTimeout(90, TimeUnit.SECONDS).join();
  }

  /** The client refused, sent no password byte (searched in the decrypted recording too), and the script saw nothing else go wrong. */
  private static void assertRefusedWithoutPassword(ScriptedServer server) throws InterruptedException {
    awaitScriptEnd(server);
    assertFalse(server.receivedText(PASSWORD), "the password left the client");
    assertEquals(List.of(), server.scriptFailures());
  }

  private static MySqlAuthenticationException authenticationFailure(ScriptedServer server, String parameters) {
    CompletionException e = assertThrows(CompletionException.class,
        () -> MySqlConnection.connect(url(server, parameters))
            .orTimeout(90, TimeUnit.SECONDS).join());
    return assertInstanceOf(MySqlAuthenticationException.class, e.getCause(), () -> String.valueOf(e.getCause()));
  }

  /** Gives the script's last read time to see the client hang up. */
  private static void awaitScriptEnd(ScriptedServer server) throws InterruptedException {
    server.close();
    Thread.sleep(200);
  }

  /** A serializable class whose deserialization would show. */
  static final class Canary implements Serializable {
    private static final long serialVersionUID = 1L;
    static volatile boolean deserialized;

    static byte[] serialized() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(new Canary());
      }
      return bytes.toByteArray();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      deserialized = true;
      in.defaultReadObject();
    }
  }

  private static void awaitClosed(MySqlConnection conn) throws InterruptedException {
    for (int i = 0; i < 300 && conn.isOpen(); i++) {
      Thread.sleep(100);
    }
    assertFalse(conn.isOpen(), "the connection was destroyed");
  }
}
