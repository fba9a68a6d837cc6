package io.asyncmysql.benchmarks.compare;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;

/** A JDBC driver behind HikariCP: a fixed pool of exactly the connections asked for, waiting long rather than failing. */
abstract class HikariContestant extends JdbcContestant {
  private HikariDataSource pool;

  /** The driver's URL for {@code database}, with the driver's options for the comparison. */
  protected abstract String jdbcUrl(Database database);

  @Override
  protected final DataSource openDataSource(Database database, int connections) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl(database));
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(connections);
    config.setMinimumIdle(connections);
    config.setConnectionTimeout(Duration.ofMinutes(5).toMillis());
    pool = new HikariDataSource(config);
    return pool;
  }

  @Override
  protected final void closeDataSource() {
    if (pool != null) {
      pool.close();
    }
  }
}
