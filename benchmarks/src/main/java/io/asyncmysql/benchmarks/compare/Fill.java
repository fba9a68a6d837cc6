package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.examples.FortunesPage;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Creates {@link Schema}'s tables and fills them once, with the same values on every run. */
final class Fill {
  private static final int ROWS_PER_INSERT = 1_000;

  private Fill() {}

  static void fill(MySqlConnection conn) {
    for (String table : Schema.TABLES) {
      conn.query(table).join();
    }
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder sql = new StringBuilder();
    for (int id = 1; id <= Data.WORLD_ROWS; id++) {
      sql.append(sql.isEmpty() ? "INSERT INTO world VALUES " : ",").append('(').append(id).append(',').append(random.nextInt(1, 10_001)).append(')');
      if (id % ROWS_PER_INSERT == 0) {
        conn.query(sql.toString()).join();
        sql.setLength(0);
      }
    }
    for (int i = 0; i < FortunesPage.STORED.size(); i++) {
      conn.query("INSERT INTO fortune VALUES (?, ?)", i + 1, FortunesPage.STORED.get(i)).join();
    }
    for (int id = 1; id <= Data.WIDE_ROWS; id++) {
      sql.append(sql.isEmpty() ? "INSERT INTO wide VALUES " : ",").append(wideRow(id, random));
      if (id % ROWS_PER_INSERT == 0) {
        conn.query(sql.toString()).join();
        sql.setLength(0);
      }
    }
  }

  /** One row of {@code wide}: every seventh DECIMAL NULL, text of varying length, dates spread over years. */
  private static String wideRow(int id, SplittableRandom random) {
    String decimal = id % 7 == 0 ? "NULL" : String.format(Locale.ROOT, "%d.%04d", random.nextInt(-99_999_999, 99_999_999), random.nextInt(10_000));
    String shortText = "short " + Integer.toString(random.nextInt(), 36);
    String longText = "long text " + id + " " + "abcdefghijklmnopqrstuvwxyz".repeat(1 + random.nextInt(8));
    String date = String.format(Locale.ROOT, "%04d-%02d-%02d", 1970 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String dateTime = String.format(Locale.ROOT, "%s %02d:%02d:%02d.%06d", date, random.nextInt(24), random.nextInt(60), random.nextInt(60),
        random.nextInt(1_000_000));
    String bytes = Long.toHexString(random.nextLong()) + Integer.toHexString(id);
    return String.format(Locale.ROOT, "(%d,%d,%d,%s,%s,'%s','%s','%s','%s',X'%s')", id, random.nextLong(), (short) random.nextInt(),
        Double.toString(random.nextDouble() * 1e6), decimal, shortText, longText, date, dateTime, bytes.length() % 2 == 0 ? bytes : "0" + bytes);
  }
}
