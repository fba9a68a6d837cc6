package io.asyncmysql.testing.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.Flavour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerResolverTest {
  @Test
  void withNoServerAnywhereTheErrorNamesTheThreeWays(@TempDir Path emptyDir) {
    ServerResolver nothing = new ServerResolver(null, null, true, () -> false, null, List.of(emptyDir), emptyDir.resolve("no-root"));

    String message = assertThrows(IllegalStateException.class, nothing::resolve).getMessage();

    assertTrue(message.contains("ASYNCMYSQL_TEST_URL"), message);
    assertTrue(message.contains("Docker engine") && message.contains("none answered"), message);
    assertTrue(message.contains("mariadbd or mysqld on PATH"), message);
    assertTrue(message.contains("ASYNCMYSQL_MYSQL_ROOT"), message);
  }

  @Test
  void debiansMysqldLinkToMariadbdIsNotMysql(@TempDir Path dir) throws IOException {
    Path mariadbd = Files.createFile(dir.resolve("mariadbd"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Files.createSymbolicLink(dir.resolve("mysqld"), mariadbd);
    ServerResolver mysqlOnly = new ServerResolver(null, Flavour.MYSQL, false, () -> true, null, List.of(dir), dir.resolve("no-root"));

    String message = assertThrows(IllegalStateException.class, mysqlOnly::resolve).getMessage();

    assertTrue(message.startsWith("No MySQL server"), message);
    assertTrue(message.contains("disabled by ASYNCMYSQL_TEST_DOCKER=false"), message);
  }

  @Test
  void aBadExternalUrlIsRejected() {
    ServerResolver external = new ServerResolver("postgres://x@y/z", null, false, () -> false, null, List.of(), null);
    assertThrows(IllegalArgumentException.class, external::resolve);
  }
}
