package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.examples.Fortune;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import io.asyncmysql.testing.TestServers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs every operation of the peer contestants (Vert.x, jasync, r2dbc) against a throwaway server
 * and checks what each returns and leaves behind; exits non-zero at the first wrong answer. The
 * flavour comes from {@code -Dasyncmysql.test.flavour=mysql|mariadb}. asyncmysql's own JDBC face sets
 * up the tables and checks the server's side.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.asyncmysql.benchmarks.compare.ContestantSmoke}</pre>
 */
public final class ContestantSmoke {
  private static final int CONNECTIONS = 4;
  private static final int WORLDS = 100;
  private static final int WIDE_ROWS = 300;
  private static final int ITEMS = 2_345;

  private final TestServer server;
  private final Connection admin;

  private ContestantSmoke(TestServer server, Connection admin) {
    this.server = server;
    this.admin = admin;
  }

  /** Checks each contestant in turn; prints one line per contestant. */
  public static void main(String[] args) throws Exception {
    List<Supplier<Contestant>> contestants = List.of(VertxContestant::new, JasyncContestant::new, R2dbcContestant::new);
    try (RunningServer running = TestServers.start()) {
      TestServer server = running.createDatabase();
      System.out.println("server: " + server);
      MySqlPool checker = MySqlPool.create(server.url() + "?maxSize=1&connectTimeout=1m&acquireTimeout=1m");
      try (Connection admin = checker.dataSource().getConnection()) {
        ContestantSmoke smoke = new ContestantSmoke(server, admin);
        long wide = smoke.fill();
        long offset = 0;
        for (Supplier<Contestant> contestant : contestants) {
          smoke.check(contestant.get(), wide, offset);
          offset += ITEMS;
        }
      } finally {
        checker.close().join();
      }
    }
    System.out.println("all contestants passed");
  }

  /** Creates and fills the tables; returns the checksum of {@code wide} computed from the values sent. */
  private long fill() throws SQLException {
    try (Statement s = admin.createStatement()) {
      for (String table : Schema.TABLES) {
        s.execute(table);
      }
    }
    try (PreparedStatement world = admin.prepareStatement("INSERT INTO world VALUES (?, ?)");
        PreparedStatement fortune = admin.prepareStatement("INSERT INTO fortune VALUES (?, ?)")) {
      for (int id = 1; id <= WORLDS; id++) {
        world.setInt(1, id);
        world.setInt(2, id * 7);
        world.executeUpdate();
        fortune.setInt(1, id);
        fortune.setString(2, fortuneMessage(id));
        fortune.executeUpdate();
      }
    }
    Checksum expected = new Checksum();
    try (PreparedStatement wide = admin.prepareStatement("INSERT INTO wide VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int id = 1; id <= WIDE_ROWS; id++) {
        Object[] row = wideRow(id);
        for (int i = 0; i < row.length; i++) {
          wide.setObject(i + 1, row[i]);
          expected.add(row[i]);
        }
        wide.executeUpdate();
      }
    }
    return expected.value();
  }

  /** Every kind of value the checksum must see alike: negatives, NULL, non-ASCII text, fractions of a second. */
  private static Object[] wideRow(int id) {
    return new Object[] {
      id,
      (long) id * 1_000_000_007L * (id % 2 == 0 ? 1 : -1),
      (short) (id % 300 - 150),
      id / 8.0 - 3.25,
      id % 5 == 0 ? null : new BigDecimal(id).movePointLeft(2).add(new BigDecimal("0.0100")),
      "short-" + id,
      "long text ünïcödé €" + "x".repeat(id % 200),
      LocalDate.of(1970, 1, 1).plusDays(id * 97L),
      LocalDateTime.of(2024, 2, 29, 23, 59, 58).plusSeconds(id).plusNanos((id % 7) * 123_456_000L),
      ("bytes" + id).getBytes(StandardCharsets.US_ASCII)
    };
  }

  private static String fortuneMessage(int id) {
    return id % 10 == 0 ? "<script>alert(\"フレームワークのベンチマーク\");</script>" : "fortune " + id;
  }

  private void check(Contestant contestant, long wide, long itemOffset) throws Exception {
    String name = contestant.name();
    contestant.open(new Contestant.Database(server.host(), server.port(), server.user(), server.password(), server.database()),
        CONNECTIONS);
    try {
      for (int id : new int[] {1, 42, WORLDS}) {
        expect(name, "selectWorld(" + id + ")", await(contestant.selectWorld(id)), id * 7);
      }
      List<CompletionStage<Integer>> burst = new ArrayList<>();
      for (int i = 0; i < 8 * CONNECTIONS; i++) {
        burst.add(contestant.selectWorld(i % WORLDS + 1));
      }
      for (int i = 0; i < burst.size(); i++) {
        expect(name, "concurrent selectWorld", await(burst.get(i)), (i % WORLDS + 1) * 7);
      }
      int open = openConnections();
      expect(name, "connections open after a burst are at most " + CONNECTIONS, open >= 1 && open <= CONNECTIONS, true);

      expect(name, "readWide checksum", await(contestant.readWide()), wide);

      List<Fortune> fortunes = await(contestant.fortunes());
      expect(name, "fortunes count", fortunes.size(), WORLDS);
      for (int i = 0; i < fortunes.size(); i++) {
        expect(name, "fortune " + (i + 1), fortunes.get(i), new Fortune(i + 1, fortuneMessage(i + 1)));
      }

      List<Contestant.Item> items = items(itemOffset);
      await(contestant.insertItems(items));
      expect(name, "items inserted", itemsIn(itemOffset, ITEMS), items.stream().collect(
          TreeMap::new, (m, item) -> m.put(item.id(), item), Map::putAll));

      Contestant.Item fresh = new Contestant.Item(1_000_000 + itemOffset, "fresh", BigDecimal.ONE, LocalDateTime.of(2025, 1, 1, 0, 0));
      expectFailure(name, "insertItems with a duplicate key", contestant.insertItems(List.of(fresh, items.getFirst())));
      expect(name, "the failed batch rolled back", itemsIn(fresh.id() - 1, 1).isEmpty(), true);
      expectFailure(name, "selectWorld of a missing id", contestant.selectWorld(WORLDS + 1));
      expect(name, "selectWorld after failures", await(contestant.selectWorld(2)), 14);

      List<Contestant.World> worlds = List.of(new Contestant.World(3, 1003), new Contestant.World(5, 1005), new Contestant.World(8, 1008));
      await(contestant.updateWorlds(worlds));
      for (Contestant.World world : worlds) {
        expect(name, "updated world " + world.id(), await(contestant.selectWorld(world.id())), world.randomNumber());
      }
      await(contestant.updateWorlds(worlds.stream().map(w -> new Contestant.World(w.id(), w.id() * 7)).toList()));
    } finally {
      contestant.close();
    }
    expect(name, "connections open after close()", connectionsAfterClose(), 0);
    System.out.println("ok: " + name);
  }

  private static List<Contestant.Item> items(long offset) {
    List<Contestant.Item> items = new ArrayList<>(ITEMS);
    for (long id = offset + 1; id <= offset + ITEMS; id++) {
      items.add(new Contestant.Item(id, "item " + id, BigDecimal.valueOf(id * 37 % 100_000, 2),
          LocalDateTime.of(2025, 6, 1, 12, 0).plusSeconds(id).plusNanos(id % 1000 * 1000)));
    }
    return items;
  }

  /** Rows of {@code item} with {@code offset < id <= offset + count}, by id. */
  private Map<Long, Contestant.Item> itemsIn(long offset, int count) throws SQLException {
    Map<Long, Contestant.Item> items = new TreeMap<>();
    try (PreparedStatement s = admin.prepareStatement("SELECT id, name, price, created FROM item WHERE id > ? AND id <= ?")) {
      s.setLong(1, offset);
      s.setLong(2, offset + count);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          items.put(rs.getLong(1), new Contestant.Item(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
              rs.getObject(4, LocalDateTime.class)));
        }
      }
    }
    return items;
  }

  /** Connections of the contestant: every session on this database but the checker's own. */
  private int openConnections() throws SQLException {
    try (PreparedStatement s = admin.prepareStatement(
        "SELECT COUNT(*) FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()")) {
      s.setString(1, server.database());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The contestant's connections left once the server has processed their closing (it may lag a little). */
  private int connectionsAfterClose() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int open = openConnections();
    while (open > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      open = openConnections();
    }
    return open;
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(2, TimeUnit.MINUTES);
  }

  private static void expectFailure(String contestant, String what, CompletionStage<?> stage) throws InterruptedException {
    try {
      Object result = stage.toCompletableFuture().get(2, TimeUnit.MINUTES);
      throw new AssertionError(contestant + ": " + what + ": expected a failure but got " + result);
    } catch (ExecutionException expected) {
      // the operation failed, as it should
    } catch (TimeoutException e) {
      throw new AssertionError(contestant + ": " + what + ": neither failed nor completed", e);
    }
  }

  private static void expect(String contestant, String what, Object actual, Object expected) {
    if (!expected.equals(actual)) {
      throw new AssertionError(contestant + ": " + what + ": expected " + expected + " but was " + actual);
    }
  }
}
