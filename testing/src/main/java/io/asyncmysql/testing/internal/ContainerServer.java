package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestTls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A server in a Docker container started by Testcontainers' {@link MySQLContainer}: {@code mysql:*}
 * images, or {@code mariadb:*} images as a compatible substitute. It gets the same {@link
 * TestAccounts} as a local server through an init script.
 */
public final class ContainerServer extends ManagedServer {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  private final Container container;
  private final Flavour flavour;
  private final Path directory;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile TestServer server;

  private ContainerServer(Container container, Flavour flavour, Path directory) {
    this.container = container;
    this.flavour = flavour;
    this.directory = directory;
  }

  /** Whether a Docker engine answers. */
  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** Starts a container of the image and returns once the server accepts the admin login. */
  public static ContainerServer start(String image) {
    DockerImageName name = DockerImageName.parse(image);
    Flavour flavour = name.getRepository().contains("mariadb") ? Flavour.MARIADB : Flavour.MYSQL;
    Container container = new Container(name.asCompatibleSubstituteFor("mysql"));
    container
        .withUsername("root")
        .withPassword("")
        .withDatabaseName(TestAccounts.DATABASE)
        // As for local servers: the 16 MiB edge tests send 32 MiB (MariaDB's default is 16 MiB).
        .withCommand("--max-allowed-packet=67108864")
        .withCopyToContainer(
            Transferable.of(String.join(";\n", TestAccounts.setupStatements(flavour, "%")) + ";\n"),
            "/docker-entrypoint-initdb.d/asyncmysql.sql");
    container.start();
    try {
      ContainerServer started = new ContainerServer(container, flavour, Files.createTempDirectory("asyncmysql-container-"));
      started.refresh();
      ShutdownHook.remember(started);
      return started;
    } catch (IOException e) {
      container.stop();
      throw new UncheckedIOException(e);
    }
  }

  private void refresh() {
    String host = container.getHost();
    int port = container.getMappedPort(MySQLContainer.MYSQL_PORT);
    String version = awaitReady(host, port);
    server = new TestServer(host, port, null, "root", "", TestAccounts.DATABASE, Flavour.ofVersion(version), version,
        copyCa(), TestAccounts.of(flavour));
  }

  private static String awaitReady(String host, int port) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try (AdminClient admin = AdminClient.connect(host, port, "root", "", Duration.ofSeconds(5))) {
        return admin.serverVersion();
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the container", e);
      }
    }
    throw new IllegalStateException("container server not ready after " + READY_TIMEOUT, last);
  }

  /** MySQL images generate their own CA in the data directory; MariaDB images start without TLS. */
  private TestTls copyCa() {
    if (flavour != Flavour.MYSQL) {
      return null;
    }
    Path ca = directory.resolve("ca.pem");
    container.copyFileFromContainer("/var/lib/mysql/ca.pem", ca.toString());
    return new TestTls(ca, null, null);
  }

  @Override
  public TestServer server() {
    return server;
  }

  @Override
  public boolean isRunning() {
    return container.isRunning();
  }

  @Override
  public void stop() {
    lock.lock();
    try {
      container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void start() {
    lock.lock();
    try {
      container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
      refresh();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    container.stop();
    Directories.deleteRecursively(directory);
    ShutdownHook.forget(this);
  }

  @Override
  public String toString() {
    return "container " + container.getDockerImageName() + " " + server;
  }

  /** {@link MySQLContainer} waits with a JDBC driver this module does not have; wait with the admin client. */
  private static final class Container extends MySQLContainer {
    Container(DockerImageName image) {
      super(image);
    }

    @Override
    protected void waitUntilContainerStarted() {
      awaitReady(getHost(), getMappedPort(MYSQL_PORT));
    }
  }
}
