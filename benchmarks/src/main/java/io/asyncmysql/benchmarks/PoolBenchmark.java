package io.asyncmysql.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The cost of borrowing an idle connection and giving it back: asyncmysql's {@link MySqlPool}
 * ({@code acquire().join()} then {@code close().join()}) against HikariCP ({@code getConnection()}
 * then {@code close()}) over the same server, with one thread and with 64 threads contending for 16
 * connections. No statement is sent, so this measures the pools alone. HikariCP wraps asyncmysql's
 * own JDBC {@code DataSource}, so both pools hold the same kind of connection.
 *
 * <p>The server is the embedded test server (a local {@code mariadbd}, see the testing module).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class PoolBenchmark {
  private static final int MAX_SIZE = 16;

  private RunningServer server;
  private MySqlPool pool;
  private HikariDataSource hikari;

  @Setup(Level.Trial)
  public void start() {
    server = TestServers.start();
    pool = MySqlPool.create(server.server().url() + "?maxSize=" + MAX_SIZE + "&minIdle=" + MAX_SIZE + "&maxWaiters=1000");
    HikariConfig config = new HikariConfig();
    config.setDataSource(MySqlPool.create(server.server().url() + "?maxSize=" + MAX_SIZE).dataSource());
    config.setMaximumPoolSize(MAX_SIZE);
    config.setMinimumIdle(MAX_SIZE);
    hikari = new HikariDataSource(config);
  }

  @TearDown(Level.Trial)
  public void stop() {
    hikari.close();
    pool.close().join();
    server.close();
  }

  @Benchmark
  @Threads(1)
  public long asyncmysqlOneThread() {
    return borrowAsyncmysql();
  }

  @Benchmark
  @Threads(64)
  public long asyncmysql64Threads() {
    return borrowAsyncmysql();
  }

  @Benchmark
  @Threads(1)
  public boolean hikariOneThread() throws SQLException {
    return borrowHikari();
  }

  @Benchmark
  @Threads(64)
  public boolean hikari64Threads() throws SQLException {
    return borrowHikari();
  }

  private long borrowAsyncmysql() {
    MySqlConnection connection = pool.acquire().join();
    long id = connection.connectionId();
    connection.close().join();
    return id;
  }

  private boolean borrowHikari() throws SQLException {
    try (Connection connection = hikari.getConnection()) {
      return connection.getAutoCommit();
    }
  }
}
