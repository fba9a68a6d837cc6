package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HikariCP pooling the adapter's connections: by DataSource and by driver URL, used from virtual threads. */
@ExtendWith(MySqlExtension.class)
class HikariIT {
  @Test
  void poolsTheDataSource(@FreshDatabase TestServer server) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setDataSource(AsyncMySqlDataSource.connecting(MySqlConnectOptions.parse(server.url())));
    config.setMaximumPoolSize(4);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE counter (id INT PRIMARY KEY, n INT) ENGINE=InnoDB");
        s.execute("INSERT INTO counter VALUES (1, 0)");
      }
      List<CompletableFuture<Object>> workers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        workers.add(VirtualThreads.async(() -> {
          try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
              s.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");
            }
            c.commit();
          }
          return null;
        }));
      }
      for (CompletableFuture<Object> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
      assertEquals(200, count(pool));
    }
  }

  @Test
  void poolsTheDriverUrl(TestServer server) throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(JdbcUrls.of(server, ""));
    config.setMaximumPoolSize(2);
    try (HikariDataSource pool = new HikariDataSource(config);
        Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 6 * 7")) {
      rs.next();
      assertEquals(42, rs.getInt(1));
    }
  }

  private static int count(HikariDataSource pool) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM counter")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
