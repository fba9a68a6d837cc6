package io.asyncmysql.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The benchmark's World endpoints as plain JDBC, one connection per request: {@code /db}, {@code
 * /queries} and {@code /updates}. Each runs on a virtual thread of its own, so JDBC parks.
 */
final class WorldEndpoints {
  private final DataSource dataSource;

  WorldEndpoints(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** {@code /db}: one random row. */
  World one() throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = prepareSelect(c)) {
      return read(select, randomId());
    }
  }

  /** {@code /queries?n=}: {@code count} random rows, each read with its own query. */
  List<World> many(int count) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = prepareSelect(c)) {
      return readRandom(select, count);
    }
  }

  /**
   * {@code /updates?n=}: reads {@code count} random rows, gives each a new random number and writes
   * them back in one batch (pipelined), in id order.
   */
  List<World> update(int count) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = prepareSelect(c);
        PreparedStatement update = c.prepareStatement("UPDATE World SET randomNumber = ? WHERE id = ?")) {
      List<World> updated = new ArrayList<>(count);
      for (World row : readRandom(select, count)) {
        updated.add(new World(row.id(), otherRandomNumber(row.randomNumber())));
      }
      List<World> inIdOrder = new ArrayList<>(updated);
      inIdOrder.sort(Comparator.comparingInt(World::id));
      for (World row : inIdOrder) {
        update.setInt(1, row.randomNumber());
        update.setInt(2, row.id());
        update.addBatch();
      }
      update.executeBatch();
      return updated;
    }
  }

  private static PreparedStatement prepareSelect(Connection c) throws SQLException {
    return c.prepareStatement("SELECT id, randomNumber FROM World WHERE id = ?");
  }

  private static List<World> readRandom(PreparedStatement select, int count) throws SQLException {
    List<World> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(read(select, randomId()));
    }
    return rows;
  }

  private static World read(PreparedStatement select, int id) throws SQLException {
    select.setInt(1, id);
    try (ResultSet rs = select.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("World: no row " + id + " (expected: 1 to " + Schema.WORLD_ROWS + ")");
      }
      return new World(rs.getInt(1), rs.getInt(2));
    }
  }

  private static int randomId() {
    return ThreadLocalRandom.current().nextInt(1, Schema.WORLD_ROWS + 1);
  }

  private static int otherRandomNumber(int old) {
    int n = ThreadLocalRandom.current().nextInt(1, Schema.WORLD_ROWS);
    return n >= old ? n + 1 : n;
  }
}
