package io.asyncmysql.testing;

/**
 * A test server and control over its life. Closing it stops a server this JVM started and deletes
 * what it left on disk; for an external server, closing does nothing.
 */
public interface RunningServer extends AutoCloseable {
  /** Where the server listens, as its administrative account sees it. */
  TestServer server();

  /**
   * Stops the server process, keeping its data and port, so a test can watch clients fail and then
   * {@link #start()} it again.
   *
   * @throws UnsupportedOperationException when this JVM does not own the server
   */
  void stop();

  /**
   * Starts a stopped server again on the same port with the same data.
   *
   * @throws UnsupportedOperationException when this JVM does not own the server
   */
  void start();

  /** Whether the server is running now, as far as this JVM knows. */
  boolean isRunning();

  /**
   * Creates a new, empty database with a unique name and returns this server with it as default.
   * Drop it with {@link #dropDatabase(String)}.
   */
  TestServer createDatabase();

  /** Drops a database created by {@link #createDatabase()}; a missing database is not an error. */
  void dropDatabase(String name);

  /** Runs administrative statements as the server's administrative account. */
  void execute(String... statements);

  @Override
  void close();
}
