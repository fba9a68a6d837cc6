package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.examples.Fortune;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;

/**
 * vertx-mysql-client with its own pool: pipelining on, prepared statements cached per connection.
 * Rows of {@code wide} go straight into a {@link Collector} as they are decoded, without a row set.
 */
public final class VertxContestant implements Contestant {
  /** Requests one connection may have in flight; the pool lends a connection to this many callers. */
  static final int PIPELINING_LIMIT = 256;

  private static final Collector<Row, Checksum, Long> WIDE_CHECKSUM =
      Collector.of(Checksum::new, VertxContestant::addWide, VertxContestant::unmergeable, Checksum::value);

  private Vertx vertx;
  private Pool pool;

  @Override
  public String name() {
    return "Vert.x MySQL client (pipelined)";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public void open(Database database, int connections) {
    MySQLConnectOptions options = new MySQLConnectOptions()
        .setHost(database.host())
        .setPort(database.port())
        .setUser(database.user())
        .setPassword(database.password())
        .setDatabase(database.name())
        .setSslMode(SslMode.DISABLED)
        .setPipeliningLimit(PIPELINING_LIMIT)
        .setCachePreparedStatements(true);
    vertx = Vertx.vertx();
    pool = MySQLBuilder.pool()
        .with(new PoolOptions()
            .setMaxSize(connections)
            .setMaxWaitQueueSize(-1)
            .setConnectionTimeout(10)
            .setConnectionTimeoutUnit(TimeUnit.MINUTES))
        .connectingTo(options)
        .using(vertx)
        .build();
  }

  @Override
  public CompletionStage<Integer> selectWorld(int id) {
    return pool.preparedQuery(Statements.SELECT_WORLD)
        .execute(Tuple.of(id))
        .map(rows -> rows.iterator().next().getInteger(1))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Long> readWide() {
    return pool.preparedQuery(Statements.SELECT_WIDE)
        .collecting(WIDE_CHECKSUM)
        .execute(Tuple.tuple())
        .map(SqlResult::value)
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Void> insertItems(List<Item> items) {
    List<Tuple> batch = new ArrayList<>(items.size());
    for (Item item : items) {
      batch.add(Tuple.of(item.id(), item.name(), item.price(), item.created()));
    }
    return pool.withTransaction(c -> c.preparedQuery(Statements.INSERT_ITEM).executeBatch(batch))
        .<Void>mapEmpty()
        .toCompletionStage();
  }

  @Override
  public CompletionStage<List<Fortune>> fortunes() {
    return pool.preparedQuery(Statements.SELECT_FORTUNES)
        .execute(Tuple.tuple())
        .map(rows -> {
          List<Fortune> fortunes = new ArrayList<>(rows.size());
          for (Row row : rows) {
            fortunes.add(new Fortune(row.getInteger(0), row.getString(1)));
          }
          return fortunes;
        })
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Void> updateWorlds(List<World> worlds) {
    List<Tuple> batch = new ArrayList<>(worlds.size());
    for (World world : worlds) {
      batch.add(Tuple.of(world.randomNumber(), world.id()));
    }
    return pool.preparedQuery(Statements.UPDATE_WORLD).executeBatch(batch).<Void>mapEmpty().toCompletionStage();
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close().await();
      vertx.close().await();
    }
  }

  /**
   * Vert.x hands DECIMAL as its {@code Numeric} and VARBINARY as its {@code Buffer}; they are
   * converted to {@code BigDecimal} and {@code byte[]} like every other contestant's.
   */
  private static void addWide(Checksum checksum, Row row) {
    checksum.add(row.getInteger(0));
    checksum.add(row.getLong(1));
    checksum.add(row.getShort(2));
    checksum.add(row.getDouble(3));
    checksum.add(row.getBigDecimal(4));
    checksum.add(row.getString(5));
    checksum.add(row.getString(6));
    checksum.add(row.getLocalDate(7));
    checksum.add(row.getLocalDateTime(8));
    checksum.add(row.getBuffer(9).getBytes());
  }

  private static Checksum unmergeable(Checksum a, Checksum b) {
    throw new UnsupportedOperationException("rows arrive in order on one connection");
  }
}
