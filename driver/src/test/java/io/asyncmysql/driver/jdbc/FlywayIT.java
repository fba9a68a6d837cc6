package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unmodified Flyway migrating through the adapter's DataSource, then plain JDBC on the migrated schema. */
@ExtendWith(MySqlExtension.class)
class FlywayIT {
  private interface PoolBody {
    void run(DataSource ds) throws Exception;
  }

  private static void withDataSource(TestServer server, PoolBody body) throws Exception {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=4");
    try {
      body.run(pool.dataSource());
    } finally {
      pool.close().join();
    }
  }

  private static Flyway flyway(DataSource ds, String location) {
    return Flyway.configure().dataSource(ds).locations(location).cleanDisabled(false).load();
  }

  /** Flyway from an empty schema: the class's tests share one database, so each starts with Flyway's clean. */
  private static Flyway cleaned(DataSource ds, String location) {
    Flyway flyway = flyway(ds, location);
    flyway.clean();
    return flyway;
  }

  @Test
  void migratesThenServesCrud(@FreshDatabase TestServer server) throws Exception {
    withDataSource(server, ds -> {
      MigrateResult result = cleaned(ds, "classpath:db/migration").migrate();
      assertTrue(result.success);
      assertEquals(2, result.migrationsExecuted);
      assertEquals("2", result.targetSchemaVersion);

      assertEquals(List.of("1:create:SQL:true", "2:data:SQL:true"), strings(ds,
          "SELECT CONCAT(version, ':', description, ':', type, ':', IF(success, 'true', 'false'))"
              + " FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));
      assertEquals(List.of("Dune:412", "Emma:474"), books(ds));

      try (Connection c = ds.getConnection()) {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO book (title, pages) VALUES (?, ?)")) {
          insert.setString(1, "Ulysses");
          insert.setInt(2, 730);
          assertEquals(1, insert.executeUpdate());
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE book SET pages = ? WHERE title = ?")) {
          update.setInt(1, 413);
          update.setString(2, "Dune");
          assertEquals(1, update.executeUpdate());
        }
        try (Statement delete = c.createStatement()) {
          assertEquals(1, delete.executeUpdate("DELETE FROM book WHERE title = 'Emma'"));
        }
      }
      assertEquals(List.of("Dune:413", "Ulysses:730"), books(ds));

      MigrateResult again = flyway(ds, "classpath:db/migration").migrate();
      assertEquals(0, again.migrationsExecuted, "an up-to-date schema runs nothing");
      assertEquals(0, flyway(ds, "classpath:db/migration").validateWithResult().invalidMigrations.size());
    });
  }

  @Test
  void failingDmlMigrationIsReportedAndRolledBack(@FreshDatabase TestServer server) throws Exception {
    withDataSource(server, ds -> {
      FlywayException failure = assertThrows(FlywayException.class, cleaned(ds, "classpath:db/failing")::migrate);
      assertTrue(failure.getMessage().contains("V2__broken.sql"), failure.getMessage());
      assertTrue(failure.getMessage().contains("Duplicate entry"), failure.getMessage());

      assertEquals(List.of("0"), strings(ds, "SELECT COUNT(*) FROM ledger"), "the first INSERT of V2 was rolled back");
      assertEquals(List.of("1:true", "2:false"), strings(ds, "SELECT CONCAT(version, ':', IF(success, 'true', 'false'))"
          + " FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"),
          "MySQL's DDL is not transactional, so Flyway records the failed migration");
    });
  }

  @Test
  void batchInsertsAfterMigrating(@FreshDatabase TestServer server) throws Exception {
    withDataSource(server, ds -> {
      cleaned(ds, "classpath:db/migration").migrate();
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO book (title, pages) VALUES (?, ?)")) {
          for (int i = 1; i <= 50; i++) {
            insert.setString(1, "Volume " + i);
            insert.setInt(2, i * 10);
            insert.addBatch();
          }
          int[] counts = insert.executeBatch();
          assertEquals(50, counts.length);
          for (int count : counts) {
            assertTrue(count == 1 || count == Statement.SUCCESS_NO_INFO, "update count: " + count);
          }
        }
        c.commit();
      }
      assertEquals(List.of("52", "13636"), strings(ds, "SELECT COUNT(*) FROM book UNION ALL SELECT SUM(pages) FROM book"));

      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO book (title, pages) VALUES (?, ?)")) {
          insert.setString(1, "Volume 51");
          insert.setInt(2, 1);
          insert.addBatch();
          insert.setString(1, "Dune");
          insert.setInt(2, 1);
          insert.addBatch();
          assertThrows(SQLException.class, insert::executeBatch);
        }
        c.rollback();
      }
      assertEquals(List.of("52"), strings(ds, "SELECT COUNT(*) FROM book"), "the failed batch was rolled back");
    });
  }

  private static List<String> books(DataSource ds) throws SQLException {
    return strings(ds, "SELECT CONCAT(title, ':', pages) FROM book ORDER BY title");
  }

  private static List<String> strings(DataSource ds, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
