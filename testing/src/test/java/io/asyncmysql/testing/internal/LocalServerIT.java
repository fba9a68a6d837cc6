package io.asyncmysql.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.TestAccount;
import io.asyncmysql.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Throwaway local servers of the flavour this test JVM was asked for. */
class LocalServerIT {
  private static ServerBinary binary;

  @BeforeAll
  static void findBinary() {
    ServerResolver settings = ServerResolver.fromEnvironment();
    binary = ServerBinary.find(settings.flavour(), settings.searchPath(), settings.mysqlRoot())
        .orElseThrow(() -> new IllegalStateException("no local server binary for " + settings.flavour()));
  }

  @Test
  void twoServersStartedAtOnceDoNotCollideAndCloseLeavesNothingBehind() throws Exception {
    LocalServer first;
    LocalServer second;
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      CompletableFuture<LocalServer> a = CompletableFuture.supplyAsync(() -> LocalServer.start(binary), pool);
      CompletableFuture<LocalServer> b = CompletableFuture.supplyAsync(() -> LocalServer.start(binary), pool);
      first = a.join();
      second = b.join();
    }
    ProcessHandle firstProcess = first.process();
    ProcessHandle secondProcess = second.process();
    try {
      assertNotEquals(first.server().port(), second.server().port());
      assertNotEquals(first.directory(), second.directory());
      assertTrue(firstProcess.isAlive() && secondProcess.isAlive());
      assertEquals(binary.flavour(), first.server().flavour());
      assertTrue(Files.exists(first.server().socket()), "unix socket " + first.server().socket());
      assertEquals(10, Greeting.probe("127.0.0.1", second.server().port(), Duration.ofSeconds(10)).protocolVersion());
    } finally {
      first.close();
      second.close();
    }
    assertFalse(firstProcess.isAlive(), "first server process still alive");
    assertFalse(secondProcess.isAlive(), "second server process still alive");
    assertFalse(Files.exists(first.directory()), "left " + first.directory());
    assertFalse(Files.exists(second.directory()), "left " + second.directory());
  }

  @Test
  void stopAndStartKeepThePortAndTheData() throws IOException {
    try (LocalServer local = LocalServer.start(binary)) {
      local.execute("CREATE TABLE asyncmysql.kept (id INT PRIMARY KEY)", "INSERT INTO asyncmysql.kept VALUES (7)");
      int port = local.server().port();

      local.stop();
      assertFalse(local.isRunning());
      assertThrows(IOException.class, () -> Greeting.probe("127.0.0.1", port, Duration.ofSeconds(2)));

      local.start();
      assertEquals(port, local.server().port());
      try (AdminClient admin = AdminClient.connect("127.0.0.1", port, "root", "", Duration.ofSeconds(10))) {
        assertEquals(List.of(List.of("7")), admin.query("SELECT id FROM asyncmysql.kept"));
      }
    }
  }

  @Test
  void theSharedServerHasOneAccountPerPluginTheFlavourOffers() {
    TestServer server = io.asyncmysql.testing.TestServers.shared().server();
    try (AdminClient admin = AdminClient.connect(server.host(), server.port(), server.user(), server.password(), Duration.ofSeconds(10))) {
      for (TestAccount account : server.accounts()) {
        List<List<String>> rows = admin.query(
            "SELECT plugin, ssl_type FROM mysql.user WHERE user = '" + account.user() + "'");
        assertEquals(1, rows.size(), account.toString());
        assertEquals(account.plugin(), rows.get(0).get(0), account.toString());
        assertEquals(account.requiresTls() ? "ANY" : "", rows.get(0).get(1), account.toString());
      }
    }
    List<String> plugins = server.accounts().stream().map(TestAccount::plugin).distinct().toList();
    assertEquals(server.flavour() == Flavour.MARIADB
        ? List.of(TestAccount.NATIVE_PASSWORD, TestAccount.ED25519)
        : List.of(TestAccount.CACHING_SHA2_PASSWORD, TestAccount.SHA256_PASSWORD), plugins);
  }

  @Test
  void theLogInAsAnEmptyPasswordAccountWorks() {
    TestServer server = io.asyncmysql.testing.TestServers.shared().server();
    TestAccount account = server.accountWithoutPassword().orElseThrow();
    try (AdminClient admin = AdminClient.connect(server.host(), server.port(), account.user(), "", Duration.ofSeconds(10))) {
      assertEquals(List.of(List.of(account.user() + "@%")), admin.query("SELECT CURRENT_USER()"));
    }
  }
}
