package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring's JdbcTemplate and TransactionTemplate over the adapter, run on virtual threads. */
@ExtendWith(MySqlExtension.class)
class SpringJdbcIT {
  private JdbcTemplate jdbc;
  private TransactionTemplate transactions;

  @BeforeEach
  void setUp(@FreshDatabase TestServer server) {
    DataSource ds = AsyncMySqlDataSource.connecting(MySqlConnectOptions.parse(server.url()));
    jdbc = new JdbcTemplate(ds);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(ds));
  }

  /** Runs the test body on a virtual thread, as an application would. */
  private static <T> T onVirtualThread(java.util.concurrent.Callable<T> body) throws Exception {
    try {
      return VirtualThreads.async(body).get(2, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  @Test
  void crud() throws Exception {
    onVirtualThread(() -> {
      jdbc.execute("CREATE TABLE IF NOT EXISTS person (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40) UNIQUE, age INT)");
      jdbc.update("DELETE FROM person");
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.update(c -> {
        var ps = c.prepareStatement("INSERT INTO person (name, age) VALUES (?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
        ps.setString(1, "ada");
        ps.setInt(2, 36);
        return ps;
      }, keys);
      long id = keys.getKey().longValue();
      assertEquals(1, jdbc.update("INSERT INTO person (name, age) VALUES (?, ?)", "alan", 41));
      assertEquals("ada", jdbc.queryForObject("SELECT name FROM person WHERE id = ?", String.class, id));
      assertEquals(List.of("ada", "alan"), jdbc.queryForList("SELECT name FROM person ORDER BY name", String.class));
      Map<String, Object> alan = jdbc.queryForMap("SELECT name, age FROM person WHERE name = ?", "alan");
      assertEquals(41, alan.get("age"));
      assertEquals(1, jdbc.update("UPDATE person SET age = age + 1 WHERE name = ?", "alan"));
      assertEquals(42, jdbc.queryForObject("SELECT age FROM person WHERE name = 'alan'", Integer.class));
      assertEquals(1, jdbc.update("DELETE FROM person WHERE id = ?", id));
      assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class));
      assertThrows(DuplicateKeyException.class, () -> jdbc.update("INSERT INTO person (name, age) VALUES ('alan', 1)"));
      assertThrows(BadSqlGrammarException.class, () -> jdbc.queryForList("SELEKT 1"));
      return null;
    });
  }

  @Test
  void simpleJdbcInsertReadsTheTableMetadata() throws Exception {
    onVirtualThread(() -> {
      jdbc.execute("CREATE TABLE IF NOT EXISTS city (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40), population INT)");
      SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName("city").usingGeneratedKeyColumns("id");
      Number id = insert.executeAndReturnKey(Map.of("name", "Lyon", "population", 522_000));
      Map<String, Object> row = new NamedParameterJdbcTemplate(jdbc).queryForMap(
          "SELECT name, population FROM city WHERE id = :id", Map.of("id", id));
      assertEquals(Map.of("name", "Lyon", "population", 522_000), row);
      return null;
    });
  }

  @Test
  void aTransactionThatThrowsRollsBack() throws Exception {
    onVirtualThread(() -> {
      jdbc.execute("CREATE TABLE IF NOT EXISTS ledger (id INT PRIMARY KEY, amount INT) ENGINE=InnoDB");
      jdbc.update("DELETE FROM ledger");
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> transactions.executeWithoutResult(status -> {
        jdbc.update("INSERT INTO ledger VALUES (1, 100)");
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM ledger", Integer.class), "visible inside the transaction");
        throw new IllegalStateException("boom");
      }));
      assertEquals("boom", e.getMessage());
      assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM ledger", Integer.class));

      transactions.executeWithoutResult(status -> jdbc.update("INSERT INTO ledger VALUES (2, 200)"));
      transactions.executeWithoutResult(status -> {
        jdbc.update("INSERT INTO ledger VALUES (3, 300)");
        status.setRollbackOnly();
      });
      assertEquals(List.of(2), jdbc.queryForList("SELECT id FROM ledger", Integer.class));
      return null;
    });
  }

  @Test
  void batchUpdate() throws Exception {
    onVirtualThread(() -> {
      jdbc.execute("CREATE TABLE IF NOT EXISTS event (id INT PRIMARY KEY, kind VARCHAR(10))");
      jdbc.update("DELETE FROM event");
      List<Object[]> rows = List.of(new Object[] {1, "a"}, new Object[] {2, "b"}, new Object[] {3, "c"});
      int[] counts = transactions.execute(status -> jdbc.batchUpdate("INSERT INTO event VALUES (?, ?)", rows));
      assertArrayEquals(new int[] {1, 1, 1}, counts);
      int[] updated = jdbc.batchUpdate("UPDATE event SET kind = 'x' WHERE id = 1", "DELETE FROM event WHERE id = 3");
      assertArrayEquals(new int[] {1, 1}, updated);
      assertEquals(List.of("x", "b"), jdbc.queryForList("SELECT kind FROM event ORDER BY id", String.class));
      DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
          () -> jdbc.batchUpdate("INSERT INTO event VALUES (?, ?)", List.<Object[]>of(new Object[] {9, "n"}, new Object[] {1, "dup"})));
      assertInstanceOf(java.sql.BatchUpdateException.class, e.getCause());
      assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM event WHERE id = 9", Integer.class),
          "the rows were folded into one statement, which failed as a whole");
      return null;
    });
  }
}
