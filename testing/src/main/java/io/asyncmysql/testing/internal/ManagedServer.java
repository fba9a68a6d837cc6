package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** What every kind of test server does the same way: administration through {@link AdminClient}. */
abstract class ManagedServer implements RunningServer {
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  public TestServer createDatabase() {
    String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return server().withDatabase(name);
  }

  @Override
  public void dropDatabase(String name) {
    execute("DROP DATABASE IF EXISTS `" + name.replace("`", "``") + "`");
  }

  @Override
  public void execute(String... statements) {
    TestServer server = server();
    try (AdminClient admin = AdminClient.connect(server.host(), server.port(), server.user(), server.password(), ADMIN_TIMEOUT)) {
      for (String statement : statements) {
        admin.execute(statement);
      }
    }
  }
}
