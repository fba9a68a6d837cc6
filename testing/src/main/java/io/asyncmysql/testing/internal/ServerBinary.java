package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.Flavour;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A server executable this machine can run: {@code mariadbd} or {@code mysqld} on the {@code PATH}
 * or in a system sbin directory, or {@code mysqld} inside a root filesystem run through {@code
 * chroot}.
 *
 * @param flavour what the binary is
 * @param executable the server binary, as seen from inside {@code root} when there is one
 * @param root the root filesystem to chroot into, or {@code null} to run on the host
 */
public record ServerBinary(Flavour flavour, Path executable, Path root) {
  /** Where Debian and most distributions put server daemons. */
  public static final List<Path> SYSTEM_DIRECTORIES = List.of(Path.of("/usr/sbin"), Path.of("/usr/local/sbin"), Path.of("/sbin"));

  /** The command prefix that starts the server, before its options. */
  List<String> command() {
    List<String> command = new ArrayList<>();
    if (root != null) {
      command.add("chroot");
      command.add(root.toString());
    }
    command.add(executable.toString());
    return command;
  }

  /**
   * The tool that initialises a data directory for this binary (MariaDB has its own script), with
   * {@code --no-defaults}, which must come first.
   */
  List<String> initialiseCommand() {
    if (flavour == Flavour.MARIADB) {
      Path script = executable.getParent().getParent().resolve("bin/mariadb-install-db");
      Path installDb = Files.isExecutable(script) ? script : Path.of("mariadb-install-db");
      List<String> command = new ArrayList<>();
      if (root != null) {
        command.add("chroot");
        command.add(root.toString());
      }
      command.add(installDb.toString());
      command.add("--no-defaults");
      return command;
    }
    List<String> command = command();
    command.add("--no-defaults");
    command.add("--initialize-insecure");
    return command;
  }

  /**
   * Finds a binary of the wanted flavour, or of either flavour when {@code wanted} is {@code null}
   * (MariaDB first, the flavour Debian ships).
   *
   * @param searchPath the directories of {@code PATH}, then the system directories
   * @param mysqlRoot a root filesystem holding {@code /usr/sbin/mysqld}, or {@code null}
   */
  static Optional<ServerBinary> find(Flavour wanted, List<Path> searchPath, Path mysqlRoot) {
    if (wanted != Flavour.MYSQL) {
      Optional<Path> mariadbd = onPath("mariadbd", searchPath);
      if (mariadbd.isPresent()) {
        return Optional.of(new ServerBinary(Flavour.MARIADB, mariadbd.get(), null));
      }
    }
    if (wanted != Flavour.MARIADB) {
      if (mysqlRoot != null && Files.isExecutable(mysqlRoot.resolve("usr/sbin/mysqld"))) {
        return Optional.of(new ServerBinary(Flavour.MYSQL, Path.of("/usr/sbin/mysqld"), mysqlRoot));
      }
      Optional<Path> mysqld = onPath("mysqld", searchPath).filter(p -> !isMariadb(p));
      if (mysqld.isPresent()) {
        return Optional.of(new ServerBinary(Flavour.MYSQL, mysqld.get(), null));
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> onPath(String name, List<Path> searchPath) {
    return searchPath.stream().map(dir -> dir.resolve(name)).filter(Files::isExecutable).findFirst();
  }

  /** Debian links {@code mysqld} to {@code mariadbd}; such a binary is MariaDB. */
  private static boolean isMariadb(Path mysqld) {
    try {
      return mysqld.toRealPath().getFileName().toString().startsWith("mariadb");
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
