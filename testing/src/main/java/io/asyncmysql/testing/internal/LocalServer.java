package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestTls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A throwaway {@code mariadbd} or {@code mysqld} that this JVM starts: a fresh data directory in a
 * temporary directory, a free loopback port, its own socket and pid file, TLS with generated
 * certificates and the {@link TestAccounts}. Closing it stops the process and deletes the directory;
 * a {@link Watchdog} does the same if the JVM dies first, so no process or directory is ever left.
 */
public final class LocalServer extends ManagedServer {
  private static final String HOST = "127.0.0.1";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final int START_ATTEMPTS = 3;

  private final ServerBinary binary;
  private final Path directory;
  private final TestTls tls;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile TestServer server;
  private Process process;
  private Process watchdog;
  private boolean closed;

  private LocalServer(ServerBinary binary, Path directory, TestTls tls) {
    this.binary = binary;
    this.directory = directory;
    this.tls = tls;
  }

  /**
   * Initialises a data directory and starts the server; returns once it accepts connections.
   *
   * @throws IllegalStateException with the server's log when it does not come up
   */
  public static LocalServer start(ServerBinary binary) {
    Path directory = createDirectory(binary);
    try {
      LocalServer local = new LocalServer(binary, directory, LocalTls.generate(directory));
      local.initialise();
      local.startFirstTime();
      return local;
    } catch (RuntimeException | Error e) {
      Directories.deleteRecursively(directory);
      throw e;
    }
  }

  @Override
  public TestServer server() {
    return server;
  }

  /** The process's directory: data, socket, pid file, certificates and logs. */
  public Path directory() {
    return directory;
  }

  /** The server process, while it runs. */
  public ProcessHandle process() {
    lock.lock();
    try {
      return process == null ? null : process.toHandle();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean isRunning() {
    ProcessHandle handle = process();
    return handle != null && handle.isAlive();
  }

  @Override
  public void start() {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("server closed: " + directory);
      }
      if (process != null && process.isAlive()) {
        return;
      }
      launch(server.port(), false);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void stop() {
    lock.lock();
    try {
      stopProcess();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      stopProcess();
      if (watchdog != null) {
        watchdog.destroyForcibly();
      }
      Directories.deleteRecursively(directory);
    } finally {
      lock.unlock();
      ShutdownHook.forget(this);
    }
  }

  private void initialise() {
    List<String> command = binary.initialiseCommand();
    if (binary.flavour() == Flavour.MARIADB) {
      command.addAll(List.of("--datadir=" + inner("data"), "--tmpdir=" + inner("tmp"), "--auth-root-authentication-method=normal",
          "--skip-test-db", "--skip-name-resolve"));
    } else {
      command.addAll(List.of("--datadir=" + inner("data"), "--tmpdir=" + inner("tmp"), "--log-error=" + inner("initialise.log")));
    }
    addUser(command);
    Path log = directory.resolve("initialise.out");
    try {
      // Servers started at once must not share temporary files (mariadb-install-db collides in /tmp).
      Files.createDirectories(directory.resolve("tmp"));
      Process init = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!init.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        init.destroyForcibly();
        throw new IllegalStateException("initialising " + binary + " timed out\n" + Directories.tail(log));
      }
      if (init.exitValue() != 0) {
        throw new IllegalStateException("initialising " + binary + " failed: " + String.join(" ", command) + "\n"
            + Directories.tail(log) + Directories.tail(directory.resolve("initialise.log")));
      }
      Files.write(directory.resolve("init.sql"), TestAccounts.setupStatements(binary.flavour(), HOST).stream().map(s -> s + ";").toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while initialising " + binary, e);
    }
  }

  private void startFirstTime() {
    IllegalStateException failure = null;
    for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      try {
        launch(freePort(), true);
        ShutdownHook.remember(this);
        return;
      } catch (PortTakenException e) {
        failure = e;
      }
    }
    throw failure;
  }

  private void launch(int port, boolean firstTime) {
    List<String> command = binary.command();
    command.addAll(List.of(
        "--no-defaults",
        "--datadir=" + inner("data"),
        "--tmpdir=" + inner("tmp"),
        "--port=" + port,
        "--bind-address=" + HOST,
        "--socket=" + inner("mysqld.sock"),
        "--pid-file=" + inner("mysqld.pid"),
        "--log-error=" + inner("error.log"),
        "--skip-name-resolve",
        "--max-allowed-packet=67108864",
        "--max-connections=1000",
        "--local-infile=1",
        "--ssl-ca=" + inner("ca.pem"),
        "--ssl-cert=" + inner("server-cert.pem"),
        "--ssl-key=" + inner("server-key.pem")));
    if (binary.flavour() == Flavour.MYSQL) {
      command.addAll(List.of("--mysqlx=OFF", "--innodb-buffer-pool-size=64M"));
    } else {
      command.addAll(List.of("--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M",
          "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci"));
    }
    if (firstTime) {
      command.add("--init-file=" + inner("init.sql"));
    }
    addUser(command);
    Path log = directory.resolve("error.log");
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(directory.resolve("server.out").toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
    }
    if (watchdog != null) {
      watchdog.destroyForcibly();
    }
    watchdog = Watchdog.guard(process.toHandle(), directory);
    Greeting greeting = awaitReady(port, log);
    server = new TestServer(HOST, port, directory.resolve("mysqld.sock"), "root", "", TestAccounts.DATABASE,
        Flavour.ofVersion(greeting.serverVersion()), greeting.serverVersion(), tls, TestAccounts.of(binary.flavour()));
  }

  private Greeting awaitReady(int port, Path log) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String tail = Directories.tail(log) + Directories.tail(directory.resolve("server.out"));
        process = null;
        if (tail.contains("Address already in use") || tail.contains("Bind on TCP/IP port")) {
          throw new PortTakenException(tail);
        }
        throw new IllegalStateException(binary + " exited while starting on port " + port + "\n" + tail);
      }
      try {
        Greeting greeting = Greeting.probe(HOST, port, Duration.ofSeconds(5));
        if (Files.exists(directory.resolve("mysqld.pid"))) {
          return greeting;
        }
      } catch (IOException | RuntimeException notYet) {
        // Not listening yet, or still running the init file.
      }
      sleep(100);
    }
    stopProcess();
    throw new IllegalStateException(binary + " not ready after " + READY_TIMEOUT + "\n" + Directories.tail(log));
  }

  private void stopProcess() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private void addUser(List<String> command) {
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--user=root");
    }
  }

  /** A path in the server's directory as the server sees it (inside its root filesystem). */
  private String inner(String name) {
    Path path = directory.resolve(name);
    return binary.root() == null ? path.toString() : "/" + binary.root().relativize(path);
  }

  private static Path createDirectory(ServerBinary binary) {
    try {
      Path parent = binary.root() == null ? Path.of(System.getProperty("java.io.tmpdir")) : binary.root().resolve("tmp");
      return Files.createTempDirectory(parent, "asyncmysql-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the server", e);
    }
  }

  @Override
  public String toString() {
    return "local " + (server != null ? server : binary) + " in " + directory;
  }

  private static final class PortTakenException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String log) {
      super("port taken\n" + log);
    }
  }
}
