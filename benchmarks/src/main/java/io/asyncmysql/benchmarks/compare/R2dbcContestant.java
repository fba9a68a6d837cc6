package io.asyncmysql.benchmarks.compare;

import io.asyncer.r2dbc.mysql.MySqlConnectionConfiguration;
import io.asyncer.r2dbc.mysql.MySqlConnectionFactory;
import io.asyncer.r2dbc.mysql.constant.SslMode;
import io.asyncmysql.examples.Fortune;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.Statement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.LoopResources;

/**
 * r2dbc-mysql behind r2dbc-pool, every statement prepared on the server and cached (statements
 * without parameters too, so that rows come in the binary protocol as for the other contestants),
 * Reactor turned into stages with {@link Mono#toFuture()}. A batch is one {@link Statement} with a
 * binding {@link Statement#add() added} per row, which r2dbc-mysql executes one after another. The
 * event loops are this contestant's own rather than reactor-netty's global ones, so that {@link
 * #close()} ends them.
 */
public final class R2dbcContestant implements Contestant {
  private LoopResources loops;
  private ConnectionPool pool;

  @Override
  public String name() {
    return "r2dbc-mysql + r2dbc-pool";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public void open(Database database, int connections) {
    loops = LoopResources.create("r2dbc-mysql");
    MySqlConnectionConfiguration configuration = MySqlConnectionConfiguration.builder()
        .host(database.host())
        .port(database.port())
        .user(database.user())
        .password(database.password())
        .database(database.name())
        .connectTimeout(Duration.ofMinutes(1))
        .sslMode(SslMode.DISABLED)
        .useServerPrepareStatement(sql -> true)
        .loopResources(loops)
        .build();
    pool = new ConnectionPool(ConnectionPoolConfiguration.builder(MySqlConnectionFactory.from(configuration))
        .initialSize(connections)
        .maxSize(connections)
        .maxAcquireTime(Duration.ofMinutes(10))
        .build());
    pool.warmup().block();
  }

  @Override
  public CompletionStage<Integer> selectWorld(int id) {
    return withConnection(c -> Mono.from(c.createStatement(Statements.SELECT_WORLD).bind(0, id).execute())
        .flatMap(r -> Flux.from(r.map((row, meta) -> row.get(1, Integer.class))).single()));
  }

  @Override
  public CompletionStage<Long> readWide() {
    return withConnection(c -> Mono.defer(() -> {
      Checksum checksum = new Checksum();
      return Flux.from(c.createStatement(Statements.SELECT_WIDE).execute())
          .concatMap(r -> r.map((row, meta) -> addWide(checksum, row)))
          .then(Mono.fromSupplier(checksum::value));
    }));
  }

  @Override
  public CompletionStage<Void> insertItems(List<Item> items) {
    return withConnection(c -> Mono.from(c.beginTransaction())
        .then(rowsUpdated(batch(c, Statements.INSERT_ITEM, items, (s, item) -> s
            .bind(0, item.id()).bind(1, item.name()).bind(2, item.price()).bind(3, item.created()))))
        .then(Mono.from(c.commitTransaction()))
        .onErrorResume(e -> Mono.from(c.rollbackTransaction()).then(Mono.error(e))));
  }

  @Override
  public CompletionStage<List<Fortune>> fortunes() {
    return withConnection(c -> Flux.from(c.createStatement(Statements.SELECT_FORTUNES).execute())
        .concatMap(r -> r.map((row, meta) -> new Fortune(row.get(0, Integer.class), row.get(1, String.class))))
        .collectList());
  }

  @Override
  public CompletionStage<Void> updateWorlds(List<World> worlds) {
    return withConnection(c -> rowsUpdated(batch(c, Statements.UPDATE_WORLD, worlds, (s, world) -> s
        .bind(0, world.randomNumber()).bind(1, world.id()))));
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.disposeLater().then(loops.disposeLater()).block();
    }
  }

  private <T> CompletionStage<T> withConnection(Function<Connection, Mono<T>> work) {
    return Mono.usingWhen(pool.create(), work, Connection::close).toFuture();
  }

  private interface Binder<T> {
    Statement bind(Statement statement, T row);
  }

  /** One statement, one binding per row; {@code add()} separates the bindings. */
  private static <T> Statement batch(Connection c, String sql, List<T> rows, Binder<T> binder) {
    Statement statement = c.createStatement(sql);
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        statement.add();
      }
      binder.bind(statement, rows.get(i));
    }
    return statement;
  }

  private static Mono<Void> rowsUpdated(Statement statement) {
    return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated).then();
  }

  /** r2dbc-mysql's default for VARBINARY is {@code ByteBuffer}; asked for {@code byte[]} like the others. */
  private static Boolean addWide(Checksum checksum, Row row) {
    checksum.add(row.get(0, Integer.class));
    checksum.add(row.get(1, Long.class));
    checksum.add(row.get(2, Short.class));
    checksum.add(row.get(3, Double.class));
    checksum.add(row.get(4, BigDecimal.class));
    checksum.add(row.get(5, String.class));
    checksum.add(row.get(6, String.class));
    checksum.add(row.get(7, LocalDate.class));
    checksum.add(row.get(8, LocalDateTime.class));
    checksum.add(row.get(9, byte[].class));
    return Boolean.TRUE;
  }
}
