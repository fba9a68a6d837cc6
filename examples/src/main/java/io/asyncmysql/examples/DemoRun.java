package io.asyncmysql.examples;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the demo's steps in order against one database: creates the schema, runs each step, drops the
 * schema. Steps run one after another, each timed on its own.
 */
final class DemoRun {
  /** The pool of steps 3 and 4: 16 connections, and room for every caller to wait. */
  static final String POOL_PARAMETERS = "maxSize=16&maxWaiters=20000";

  private DemoRun() {}

  /**
   * Runs every step.
   * @param url a {@code mysql://} URL with a database in which the demo may create its tables
   * @param scale how much each step does
   * @param progress where to say which step runs
   * @return one result per step
   * @throws IllegalStateException when one of the demo's tables exists already
   */
  static List<StepResult> run(String url, DemoScale scale, PrintStream progress) {
    List<StepResult> results = new ArrayList<>();
    MySqlConnection admin = MySqlConnection.connect(url).join();
    try {
      Schema.requireAbsent(admin);
      try {
        progress.println("1. creating the schema");
        results.add(Schema.create(admin, scale.products()));
        progress.println("2. quick start on the Future API");
        results.add(QuickStartStep.run(url));
        MySqlPool pool = MySqlPool.create(withParameters(url, POOL_PARAMETERS));
        try {
          progress.printf("3. %,d concurrent queries on the pool%n", scale.pooledQueries());
          results.add(PooledQueriesStep.run(pool, scale.pooledQueries(), scale.products()));
          progress.printf("4. %,d JDBC transactions on virtual threads%n", scale.jdbcTransactions());
          results.add(JdbcTransactionsStep.run(pool.dataSource(), scale.jdbcTransactions(), scale.products()));
        } finally {
          pool.close().join();
        }
        progress.println("5. streaming");
        results.add(StreamingStep.run(admin, scale.streamWays()));
      } finally {
        Schema.drop(admin);
      }
    } finally {
      admin.close().join();
    }
    return results;
  }

  /** The URL with more query parameters. */
  static String withParameters(String url, String parameters) {
    return url + (url.indexOf('?') < 0 ? "?" : "&") + parameters;
  }
}
