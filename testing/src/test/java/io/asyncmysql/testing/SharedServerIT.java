package io.asyncmysql.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.internal.AdminClient;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared server, as every other test module sees it. */
@ExtendWith(MySqlExtension.class)
class SharedServerIT {
  @Test
  void aRawSocketReadsARealProtocol10Greeting(TestServer server) throws IOException {
    try (Socket socket = new Socket(server.host(), server.port())) {
      socket.setSoTimeout(10_000);
      DataInputStream in = new DataInputStream(socket.getInputStream());
      int length = in.readUnsignedByte() | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16;
      assertEquals(0, in.readUnsignedByte(), "sequence id of the greeting");
      assertEquals(10, in.readUnsignedByte(), "protocol version");
      StringBuilder version = new StringBuilder();
      for (int b; (b = in.readUnsignedByte()) != 0; ) {
        version.append((char) b);
      }
      assertTrue(length > version.length() + 20, "greeting length " + length);
      assertTrue(version.toString().endsWith(server.version()), version + " vs " + server.version());
    }
  }

  @Test
  void theServerIsOfTheFlavourTheBuildAskedFor(TestServer server) {
    String wanted = System.getProperty("asyncmysql.test.flavour");
    if (wanted != null && System.getenv("ASYNCMYSQL_TEST_URL") == null) {
      assertEquals(Flavour.parse(wanted), server.flavour(), server.toString());
    }
    assertEquals(Flavour.ofVersion(server.version()), server.flavour());
    System.out.println("[asyncmysql] test server: " + server);
  }

  @Test
  void aFreshDatabaseIsEmptyAndSelected(@FreshDatabase TestServer server, TestServer shared) {
    assertFalse(server.database().equals(shared.database()));
    try (AdminClient admin = AdminClient.connect(server.host(), server.port(), server.user(), server.password(), Duration.ofSeconds(10))) {
      assertEquals(List.of(List.of(server.database())), admin.query("SHOW DATABASES LIKE '" + server.database() + "'"));
      assertEquals(List.of(), admin.query("SHOW TABLES FROM " + server.database()));
    }
  }

  @Test
  void aServerErrorCarriesCodeAndSqlState(RunningServer running) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> running.execute("USE no_such_db"));
    assertTrue(e.getMessage().startsWith("[1049] (42000)"), e.getMessage());
  }
}
