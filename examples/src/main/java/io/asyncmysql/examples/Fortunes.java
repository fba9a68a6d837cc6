package io.asyncmysql.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The benchmark's {@code /fortunes} page, read from the {@code Fortune} table through JDBC. */
final class Fortunes {
  private final DataSource dataSource;

  Fortunes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The page. */
  String page() throws SQLException {
    List<Fortune> fortunes = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("SELECT id, message FROM Fortune");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        fortunes.add(new Fortune(rs.getInt(1), rs.getString(2)));
      }
    }
    return FortunesPage.render(fortunes);
  }
}
