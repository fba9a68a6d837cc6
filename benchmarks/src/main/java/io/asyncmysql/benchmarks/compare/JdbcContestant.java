package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.examples.Fortune;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A contestant that speaks plain JDBC to a pooled {@link DataSource}: the same statements for every
 * JDBC driver, so that only the driver and its pool differ. Subclasses open and close the pool.
 */
abstract class JdbcContestant extends BlockingContestant {
  private DataSource dataSource;

  /** Opens a pool of exactly {@code connections} connections without TLS. */
  protected abstract DataSource openDataSource(Database database, int connections) throws Exception;

  /** Closes what {@link #openDataSource} opened. */
  protected abstract void closeDataSource() throws Exception;

  @Override
  public final void open(Database database, int connections) throws Exception {
    dataSource = openDataSource(database, connections);
  }

  @Override
  public final void close() throws Exception {
    closeDataSource();
  }

  @Override
  protected int selectWorldNow(int id) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(Statements.SELECT_WORLD)) {
      ps.setInt(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(2);
      }
    }
  }

  @Override
  protected long readWideNow() throws Exception {
    Checksum checksum = new Checksum();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(Statements.SELECT_WIDE)) {
      while (rs.next()) {
        checksum.add(rs.getInt(1));
        checksum.add(rs.getLong(2));
        checksum.add(rs.getShort(3));
        checksum.add(rs.getDouble(4));
        checksum.add(rs.getBigDecimal(5));
        checksum.add(rs.getString(6));
        checksum.add(rs.getString(7));
        checksum.add(rs.getObject(8, LocalDate.class));
        checksum.add(rs.getObject(9, LocalDateTime.class));
        checksum.add(rs.getBytes(10));
      }
    }
    return checksum.value();
  }

  @Override
  protected void insertItemsNow(List<Item> items) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(Statements.INSERT_ITEM)) {
        for (Item item : items) {
          ps.setLong(1, item.id());
          ps.setString(2, item.name());
          ps.setBigDecimal(3, item.price());
          ps.setTimestamp(4, Timestamp.valueOf(item.created()));
          ps.addBatch();
        }
        ps.executeBatch();
        c.commit();
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  @Override
  protected List<Fortune> fortunesNow() throws Exception {
    List<Fortune> fortunes = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(Statements.SELECT_FORTUNES);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        fortunes.add(new Fortune(rs.getInt(1), rs.getString(2)));
      }
    }
    return fortunes;
  }

  @Override
  protected void updateWorldsNow(List<World> worlds) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(Statements.UPDATE_WORLD)) {
      for (World world : worlds) {
        ps.setInt(1, world.randomNumber());
        ps.setInt(2, world.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
