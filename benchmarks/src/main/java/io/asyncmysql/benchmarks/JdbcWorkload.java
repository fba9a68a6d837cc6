package io.asyncmysql.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestServers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The JDBC workload of the virtual-thread adapter, against MySQL Connector/J with HikariCP: 10,000
 * tasks each run one transaction ({@code SELECT ... FOR UPDATE} of an account, {@code UPDATE} of its
 * balance, commit) over 16 connections. Entrant, interleaved and then in reverse order, each
 * with a warm-up round: asyncmysql's {@code pool.dataSource()} on virtual threads; Connector/J +
 * HikariCP on virtual threads; Connector/J + HikariCP on 200 platform threads. Prints wall time,
 * errors and peak live threads, and each time's ratio to asyncmysql's.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.asyncmysql.benchmarks.JdbcWorkload}</pre>
 */
public final class JdbcWorkload {
  private static final int TASKS = 10_000;
  private static final int CONNECTIONS = 16;
  private static final int ACCOUNTS = 64;

  private JdbcWorkload() {}

  /** Runs the comparison against the embedded test server. */
  public static void main(String[] args) throws Exception {
    try (RunningServer running = TestServers.start()) {
      TestServer server = running.server();
      MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=" + CONNECTIONS + "&maxWaiters=" + TASKS + "&acquireTimeout=10m");
      try (HikariDataSource connectorJ = hikari(server)) {
        setUp(pool.dataSource());
        List<Contestant> contestants = List.of(
            new Contestant("asyncmysql JDBC, virtual threads", pool.dataSource(), Executors::newVirtualThreadPerTaskExecutor),
            new Contestant("Connector/J + HikariCP, virtual threads", connectorJ, Executors::newVirtualThreadPerTaskExecutor),
            new Contestant("Connector/J + HikariCP, 200 platform threads", connectorJ, () -> Executors.newFixedThreadPool(200)));
        for (Contestant c : contestants) {
          c.run();
        }
        List<Contestant> order = new ArrayList<>(contestants);
        order.addAll(contestants.reversed());
        for (Contestant c : order) {
          c.record(c.run());
        }
        long baseline = contestants.get(0).best();
        System.out.println();
        System.out.println("| contestant | best wall time (ms) | ratio to asyncmysql | errors | peak live threads |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (Contestant c : contestants) {
          System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %d | %d |%n", c.name, c.best() / 1_000_000, (double) c.best() / baseline,
              c.errors, c.peakThreads);
        }
      } finally {
        pool.close().join();
      }
    }
  }

  private static HikariDataSource hikari(TestServer server) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.jdbcUrl() + "&sslMode=DISABLED&allowPublicKeyRetrieval=true&useServerPrepStmts=true&cachePrepStmts=true");
    config.setMaximumPoolSize(CONNECTIONS);
    config.setMinimumIdle(CONNECTIONS);
    config.setConnectionTimeout(TimeUnit.MINUTES.toMillis(10));
    return new HikariDataSource(config);
  }

  private static void setUp(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_account");
      s.execute("CREATE TABLE bench_account (id INT PRIMARY KEY, balance BIGINT NOT NULL) ENGINE=InnoDB");
      for (int i = 0; i < ACCOUNTS; i++) {
        s.execute("INSERT INTO bench_account VALUES (" + i + ", 0)");
      }
    }
  }

  /** One transaction: read an account under lock, add one, commit. */
  private static void transfer(DataSource ds, int account) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      long balance;
      try (PreparedStatement read = c.prepareStatement("SELECT balance FROM bench_account WHERE id = ? FOR UPDATE")) {
        read.setInt(1, account);
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
          balance = rs.getLong(1);
        }
      }
      try (PreparedStatement write = c.prepareStatement("UPDATE bench_account SET balance = ? WHERE id = ?")) {
        write.setLong(1, balance + 1);
        write.setInt(2, account);
        write.executeUpdate();
      }
      c.commit();
    }
  }

  /** One way of running the workload, and its results. */
  private static final class Contestant {
    final String name;
    final DataSource ds;
    final Supplier<ExecutorService> executors;
    final List<Long> times = new ArrayList<>();
    int errors;
    int peakThreads;

    Contestant(String name, DataSource ds, Supplier<ExecutorService> executors) {
      this.name = name;
      this.ds = ds;
      this.executors = executors;
    }

    long run() throws InterruptedException {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      threads.resetPeakThreadCount();
      AtomicInteger failed = new AtomicInteger();
      long start = System.nanoTime();
      try (ExecutorService executor = executors.get()) {
        for (int t = 0; t < TASKS; t++) {
          int account = t % ACCOUNTS;
          executor.execute(() -> {
            try {
              transfer(ds, account);
            } catch (SQLException | RuntimeException e) {
              failed.incrementAndGet();
            }
          });
        }
      }
      long elapsed = System.nanoTime() - start;
      errors += failed.get();
      peakThreads = Math.max(peakThreads, threads.getPeakThreadCount());
      return elapsed;
    }

    void record(long nanos) {
      times.add(nanos);
    }

    long best() {
      return times.stream().mapToLong(Long::longValue).min().orElseThrow();
    }
  }
}
