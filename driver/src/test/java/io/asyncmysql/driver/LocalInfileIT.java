package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code LOAD DATA LOCAL INFILE}: only files the user allowed, in chunks; everything else refused. */
@ExtendWith(MySqlExtension.class)
class LocalInfileIT {
  private static final int ROWS = 50_000;

  @TempDir Path allowed;
  @TempDir Path elsewhere;
  private TestServer server;

  @BeforeEach
  void table(@FreshDatabase TestServer fresh) {
    server = fresh;
    MySqlConnection conn = MySqlConnection.connect(server.url()).join();
    conn.query("CREATE TABLE IF NOT EXISTS loaded (id INT PRIMARY KEY, name VARCHAR(40))").join();
    conn.query("DELETE FROM loaded").join();
    conn.close().join();
  }

  @Test
  void aFileInTheAllowedDirectoryIsLoadedInChunks() throws IOException {
    Path csv = csv(allowed);
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?allowLocalInfile=true&localInfileDirectory=" + allowed).join();
    try {
      RowSet load = conn.query(load(csv)).join();
      assertEquals(ROWS, load.affectedRows());
      assertEquals(ROWS, conn.query("SELECT COUNT(*) FROM loaded").join().get(0).get(0, Integer.class));
      assertEquals("name-49999", conn.query("SELECT name FROM loaded WHERE id = 49999").join().get(0).get(0, String.class));
    } finally {
      conn.close().join();
    }
  }

  @Test
  void aFileOutsideTheAllowedDirectoryIsRefusedAndTheConnectionDestroyed() throws IOException {
    Path csv = csv(elsewhere);
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?allowLocalInfile=true&localInfileDirectory=" + allowed).join();
    CompletionException e = assertThrows(CompletionException.class, () -> conn.query(load(csv)).join());
    MySqlSecurityException refused = assertInstanceOf(MySqlSecurityException.class, e.getCause());
    assertTrue(refused.getMessage().contains("localInfileDirectory"), refused.getMessage());
    conn.close().join();
    assertFalse(conn.isOpen());
    assertNothingLoaded();
  }

  @Test
  void withoutAllowLocalInfileTheServerRefusesAndTheConnectionStays() throws IOException {
    Path csv = csv(allowed);
    MySqlConnection conn = MySqlConnection.connect(server.url()).join();
    try {
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query(load(csv)).join());
      assertInstanceOf(MySqlServerException.class, e.getCause());
      assertEquals(1, conn.query("SELECT 1").join().get(0).get(0, Integer.class));
    } finally {
      conn.close().join();
    }
    assertNothingLoaded();
  }

  private void assertNothingLoaded() {
    MySqlConnection conn = MySqlConnection.connect(server.url()).join();
    try {
      assertEquals(0, conn.query("SELECT COUNT(*) FROM loaded").join().get(0).get(0, Integer.class));
    } finally {
      conn.close().join();
    }
  }

  private static Path csv(Path dir) throws IOException {
    String content = IntStream.range(0, ROWS).mapToObj(i -> i + ",name-" + i).collect(Collectors.joining("\n", "", "\n"));
    return Files.writeString(dir.resolve("rows.csv"), content);
  }

  private static String load(Path csv) {
    return "LOAD DATA LOCAL INFILE '" + csv + "' INTO TABLE loaded FIELDS TERMINATED BY ','";
  }
}
