package io.asyncmysql.examples;

/**
 * How much work each step of the demo does.
 *
 * @param products products (and stock rows) in the schema
 * @param pooledQueries concurrent point queries on the pool (step 3)
 * @param jdbcTransactions JDBC transactions, one virtual thread each (step 4)
 * @param streamWays copies of the 10-row digits table cross-joined for the stream: 10^ways rows (step 5)
 */
record DemoScale(int products, int pooledQueries, int jdbcTransactions, int streamWays) {
  /** What {@code scripts/demo} runs: 10,000 queries, 10,000 transactions, 1,000,000 streamed rows. */
  static final DemoScale FULL = new DemoScale(5_000, 10_000, 10_000, 6);

  DemoScale {
    if (products < 1 || pooledQueries < 0 || jdbcTransactions < 0) {
      throw new IllegalArgumentException("scale: " + products + " products, " + pooledQueries + " queries, "
          + jdbcTransactions + " transactions (expected: at least 1 product, no negative count)");
    }
  }
}
