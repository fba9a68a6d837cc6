package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.RunningServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Finds a server for tests, in this order: an external server named by URL; a Testcontainers
 * container when a Docker engine answers; a throwaway local {@code mariadbd}/{@code mysqld}; else a
 * failure that names all three ways.
 *
 * @param url the external server's URL, or {@code null}
 * @param flavour the flavour wanted, or {@code null} for any
 * @param dockerEnabled whether to try Docker at all
 * @param dockerAvailable asks whether a Docker engine answers
 * @param image the container image, or {@code null} for the flavour's default
 * @param searchPath where to look for server binaries
 * @param mysqlRoot a root filesystem holding {@code /usr/sbin/mysqld}, or {@code null}
 */
public record ServerResolver(
    String url,
    Flavour flavour,
    boolean dockerEnabled,
    BooleanSupplier dockerAvailable,
    String image,
    List<Path> searchPath,
    Path mysqlRoot) {

  /** The image used when none is configured and MySQL (or any flavour) is wanted. */
  public static final String DEFAULT_MYSQL_IMAGE = "mysql:8.4";
  /** The image used when none is configured and MariaDB is wanted. */
  public static final String DEFAULT_MARIADB_IMAGE = "mariadb:10.11";

  /** Resolution settings from the environment and system properties; see README "Tests". */
  public static ServerResolver fromEnvironment() {
    List<Path> searchPath = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null && !path.isEmpty()) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        searchPath.add(Path.of(dir));
      }
    }
    searchPath.addAll(ServerBinary.SYSTEM_DIRECTORIES);
    String flavour = setting("asyncmysql.test.flavour", "ASYNCMYSQL_TEST_FLAVOUR");
    String root = setting("asyncmysql.mysql.root", "ASYNCMYSQL_MYSQL_ROOT");
    Path defaultRoot = Path.of(System.getProperty("user.home"), ".cache", "asyncmysql", "mysql-rootfs");
    return new ServerResolver(
        setting("asyncmysql.test.url", "ASYNCMYSQL_TEST_URL"),
        flavour == null || flavour.isBlank() ? null : Flavour.parse(flavour),
        !"false".equalsIgnoreCase(setting("asyncmysql.test.docker", "ASYNCMYSQL_TEST_DOCKER")),
        ContainerServer::dockerAvailable,
        setting("asyncmysql.test.image", "ASYNCMYSQL_TEST_IMAGE"),
        searchPath,
        root != null && !root.isBlank() ? Path.of(root) : defaultRoot);
  }

  /**
   * Starts or reaches a server.
   *
   * @throws IllegalStateException naming the three ways to provide one when none is found
   */
  public RunningServer resolve() {
    if (url != null && !url.isBlank()) {
      return ExternalServer.connect(url);
    }
    if (dockerEnabled && dockerAvailable.getAsBoolean()) {
      return ContainerServer.start(image != null ? image : flavour == Flavour.MARIADB ? DEFAULT_MARIADB_IMAGE : DEFAULT_MYSQL_IMAGE);
    }
    Optional<ServerBinary> binary = ServerBinary.find(flavour, searchPath, mysqlRoot);
    if (binary.isPresent()) {
      return LocalServer.start(binary.get());
    }
    throw new IllegalStateException(noServerMessage());
  }

  private String noServerMessage() {
    String wanted = flavour == null ? "MySQL or MariaDB" : flavour == Flavour.MYSQL ? "MySQL" : "MariaDB";
    return "No " + wanted + " server for the tests. Provide one of:\n"
        + "  1. an external server: ASYNCMYSQL_TEST_URL (or -Dasyncmysql.test.url) = mysql://user:password@host:port/database;\n"
        + "  2. a Docker engine, for Testcontainers' MySQLContainer ("
        + (dockerEnabled ? "none answered" : "disabled by ASYNCMYSQL_TEST_DOCKER=false") + ");\n"
        + "  3. a local server binary: " + (flavour == Flavour.MYSQL ? "mysqld" : flavour == Flavour.MARIADB ? "mariadbd" : "mariadbd or mysqld")
        + " on PATH or in " + ServerBinary.SYSTEM_DIRECTORIES
        + (flavour == Flavour.MARIADB ? "" : ", or ASYNCMYSQL_MYSQL_ROOT naming a root filesystem with /usr/sbin/mysqld"
            + " (scripts/mysql-rootfs.sh prepares one; looked in " + mysqlRoot + ")")
        + ".\n  Searched: " + searchPath;
  }

  private static String setting(String property, String variable) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(variable);
  }
}
