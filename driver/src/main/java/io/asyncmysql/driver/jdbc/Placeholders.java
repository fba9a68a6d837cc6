package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.internal.SqlScanner;
import io.asyncmysql.driver.internal.SqlScanner.Token;
import java.util.Arrays;

/**
 * Finds the {@code ?} parameter markers of a statement, skipping those inside string literals,
 * quoted identifiers and comments.
 */
final class Placeholders {
  private Placeholders() {}

  static int count(String sql) {
    return positions(sql).length;
  }

  /** The indexes of the markers in {@code sql}. */
  static int[] positions(String sql) {
    int[] found = new int[8];
    int count = 0;
    SqlScanner scanner = new SqlScanner(sql, false);
    while (scanner.next() != Token.END) {
      if (scanner.isSymbol('?')) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = scanner.start();
      }
    }
    return Arrays.copyOf(found, count);
  }
}
