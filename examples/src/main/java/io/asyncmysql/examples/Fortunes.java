package io.asyncmysql.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * The benchmark's {@code /fortunes}: every fortune plus one added at request time, sorted by
 * message, as an HTML table with every message escaped.
 */
final class Fortunes {
  static final String ADDED = "Additional fortune added at request time.";

  private record Fortune(int id, String message) {}

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
    fortunes.add(new Fortune(0, ADDED));
    fortunes.sort(Comparator.comparing(Fortune::message));
    StringBuilder html = new StringBuilder(2048)
        .append("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>");
    for (Fortune f : fortunes) {
      html.append("<tr><td>").append(f.id()).append("</td><td>");
      escape(f.message(), html);
      html.append("</td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  /** Appends text with the five HTML-significant characters escaped. */
  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
  }
}
