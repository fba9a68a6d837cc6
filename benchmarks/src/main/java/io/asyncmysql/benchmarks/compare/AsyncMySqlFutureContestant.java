package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import io.asyncmysql.examples.Fortune;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** asyncmysql's Future API on its pool: every statement borrows a connection; batches are pipelined on one. */
public final class AsyncMySqlFutureContestant implements Contestant {
  /** Parameters of a statement that has none: passed so that the statement is prepared, as for every other driver. */
  private static final Object[] NO_PARAMETERS = {};

  private MySqlPool pool;

  @Override
  public String name() {
    return "asyncmysql Future API";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public void open(Database database, int connections) {
    pool = AsyncMySqlPools.open(database, connections);
  }

  @Override
  public CompletionStage<Integer> selectWorld(int id) {
    return pool.query(Statements.SELECT_WORLD, id).thenApply(rows -> rows.get(0).get(1, Integer.class));
  }

  @Override
  public CompletionStage<Long> readWide() {
    return pool.query(Statements.SELECT_WIDE).thenApply(AsyncMySqlFutureContestant::checksum);
  }

  private static long checksum(RowSet rows) {
    Checksum checksum = new Checksum();
    for (int r = 0, n = rows.size(); r < n; r++) {
      Row row = rows.get(r);
      for (int c = 0, columns = row.size(); c < columns; c++) {
        checksum.add(row.get(c));
      }
    }
    return checksum.value();
  }

  @Override
  public CompletionStage<Void> insertItems(List<Item> items) {
    List<Object[]> rows = items.stream().map(item -> new Object[] {item.id(), item.name(), item.price(), item.created()}).toList();
    return pool.withTransaction(conn -> conn.executeBatch(Statements.INSERT_ITEM, rows).thenApply(batch -> (Void) null));
  }

  @Override
  public CompletionStage<List<Fortune>> fortunes() {
    return pool.query(Statements.SELECT_FORTUNES, NO_PARAMETERS).thenApply(rows -> {
      List<Fortune> fortunes = new ArrayList<>(rows.size());
      for (int r = 0, n = rows.size(); r < n; r++) {
        Row row = rows.get(r);
        fortunes.add(new Fortune(row.get(0, Integer.class), row.get(1, String.class)));
      }
      return fortunes;
    });
  }

  @Override
  public CompletionStage<Void> updateWorlds(List<World> worlds) {
    return pool.withConnection((MySqlConnection conn) -> all(worlds.stream()
        .map(world -> conn.query(Statements.UPDATE_WORLD, world.randomNumber(), world.id())).toList()));
  }

  private static CompletableFuture<Void> all(List<CompletableFuture<RowSet>> statements) {
    return CompletableFuture.allOf(statements.toArray(CompletableFuture[]::new));
  }

  @Override
  public void close() {
    pool.close().join();
  }
}
