package io.asyncmysql.benchmarks.compare;

import com.github.jasync.sql.db.ConnectionPoolConfigurationBuilder;
import com.github.jasync.sql.db.QueryResult;
import com.github.jasync.sql.db.RowData;
import com.github.jasync.sql.db.mysql.MySQLConnection;
import com.github.jasync.sql.db.mysql.MySQLConnectionBuilder;
import com.github.jasync.sql.db.pool.ConnectionPool;
import io.asyncmysql.examples.Fortune;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * jasync-mysql with its connection pool. Statements are prepared once per connection and kept
 * (jasync's {@code release = false}). jasync has no pipelining and no batch command, so a batch of
 * inserts is sent as multi-row prepared inserts of {@link #ROWS_PER_INSERT} rows, inside a
 * transaction. jasync reads a whole result into memory before completing.
 */
public final class JasyncContestant implements Contestant {
  /** Rows in one multi-row insert: 4,000 placeholders, well under the protocol's 65,535. */
  static final int ROWS_PER_INSERT = 1000;

  private ConnectionPool<MySQLConnection> pool;

  @Override
  public String name() {
    return "jasync-mysql";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public void open(Database database, int connections) {
    ConnectionPoolConfigurationBuilder config = new ConnectionPoolConfigurationBuilder();
    config.setHost(database.host());
    config.setPort(database.port());
    config.setUsername(database.user());
    // jasync scrambles an empty password into a non-empty answer; no password is null to it.
    config.setPassword(database.password().isEmpty() ? null : database.password());
    config.setDatabase(database.name());
    config.setMaxActiveConnections(connections);
    config.setMaxPendingQueries(Integer.MAX_VALUE);
    config.setConnectionCreateTimeout(TimeUnit.MINUTES.toMillis(1));
    config.setConnectionTestTimeout(TimeUnit.MINUTES.toMillis(1));
    pool = MySQLConnectionBuilder.createConnectionPool(config);
  }

  @Override
  public CompletionStage<Integer> selectWorld(int id) {
    return pool.sendPreparedStatement(Statements.SELECT_WORLD, List.of(id)).thenApply(r -> r.getRows().get(0).getInt(1));
  }

  @Override
  public CompletionStage<Long> readWide() {
    return pool.sendPreparedStatement(Statements.SELECT_WIDE, List.of()).thenApply(JasyncContestant::checksum);
  }

  @Override
  public CompletionStage<Void> insertItems(List<Item> items) {
    return pool.inTransaction(c -> {
      CompletableFuture<QueryResult> chain = CompletableFuture.completedFuture(null);
      for (int from = 0; from < items.size(); from += ROWS_PER_INSERT) {
        List<Item> rows = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
        chain = chain.thenCompose(r -> c.sendPreparedStatement(multiRowInsert(rows.size()), values(rows)));
      }
      return chain.thenApply(r -> null);
    });
  }

  @Override
  public CompletionStage<List<Fortune>> fortunes() {
    return pool.sendPreparedStatement(Statements.SELECT_FORTUNES, List.of()).thenApply(r -> {
      List<Fortune> fortunes = new ArrayList<>(r.getRows().size());
      for (RowData row : r.getRows()) {
        fortunes.add(new Fortune(row.getInt(0), row.getString(1)));
      }
      return fortunes;
    });
  }

  /** One connection, one prepared update after another: jasync cannot pipeline them. */
  @Override
  public CompletionStage<Void> updateWorlds(List<World> worlds) {
    return pool.use(c -> {
      CompletableFuture<QueryResult> chain = CompletableFuture.completedFuture(null);
      for (World world : worlds) {
        chain = chain.thenCompose(r -> c.sendPreparedStatement(Statements.UPDATE_WORLD, List.of(world.randomNumber(), world.id())));
      }
      return chain.thenApply(r -> null);
    });
  }

  @Override
  public void close() throws Exception {
    if (pool != null) {
      pool.disconnect().get();
    }
  }

  /** jasync already decodes each column to the Java type the others use (java.time since 2.0, byte[]). */
  private static long checksum(QueryResult result) {
    Checksum checksum = new Checksum();
    for (RowData row : result.getRows()) {
      for (int i = 0; i < Schema.WIDE_COLUMNS.size(); i++) {
        checksum.add(row.get(i));
      }
    }
    return checksum.value();
  }

  private static String multiRowInsert(int rows) {
    return "INSERT INTO item (id, name, price, created) VALUES " + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?)"));
  }

  private static List<Object> values(List<Item> rows) {
    List<Object> values = new ArrayList<>(rows.size() * 4);
    for (Item item : rows) {
      values.add(item.id());
      values.add(item.name());
      values.add(item.price());
      values.add(item.created());
    }
    return values;
  }
}
