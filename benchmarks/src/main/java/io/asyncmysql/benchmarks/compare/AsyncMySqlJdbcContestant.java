package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.driver.MySqlPool;
import javax.sql.DataSource;

/** asyncmysql's JDBC adapter over its own pool ({@code pool.dataSource()}), called from virtual threads. */
public final class AsyncMySqlJdbcContestant extends JdbcContestant {
  private MySqlPool pool;

  @Override
  public String name() {
    return "asyncmysql JDBC (virtual threads)";
  }

  @Override
  protected DataSource openDataSource(Database database, int connections) {
    pool = AsyncMySqlPools.open(database, connections);
    return pool.dataSource();
  }

  @Override
  protected void closeDataSource() {
    if (pool != null) {
      pool.close().join();
    }
  }
}
