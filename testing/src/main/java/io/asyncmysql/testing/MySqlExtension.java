package io.asyncmysql.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that injects the {@linkplain TestServers#shared() shared test server}: a
 * {@link RunningServer} parameter, or a {@link TestServer} parameter, optionally annotated {@link
 * FreshDatabase} to get an empty database for the test class.
 *
 * <pre>{@code
 * @ExtendWith(MySqlExtension.class)
 * class ProductDaoIT {
 *   @Test
 *   void insertsAndReads(@FreshDatabase TestServer server) {
 *     // connect to server.url() or server.jdbcUrl(); the database is empty and dropped afterwards
 *   }
 * }
 * }</pre>
 */
public final class MySqlExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MySqlExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestServer.class || type == RunningServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    RunningServer running = TestServers.shared();
    if (parameter.getParameter().getType() == RunningServer.class) {
      return running;
    }
    if (!parameter.isAnnotated(FreshDatabase.class)) {
      return running.server();
    }
    ExtensionContext classContext = context.getRoot() == context ? context : classContext(context);
    return classContext
        .getStore(NAMESPACE)
        .computeIfAbsent(FreshDatabaseResource.class, key -> new FreshDatabaseResource(running), FreshDatabaseResource.class)
        .server();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /** A database dropped when the class's extension store closes. */
  private record FreshDatabaseResource(RunningServer running, TestServer server) implements AutoCloseable {
    FreshDatabaseResource(RunningServer running) {
      this(running, running.createDatabase());
    }

    @Override
    public void close() {
      running.dropDatabase(server.database());
    }
  }
}
