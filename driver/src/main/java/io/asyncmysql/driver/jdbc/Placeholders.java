package io.asyncmysql.driver.jdbc;

/**
 * Finds the {@code ?} parameter markers of a statement, skipping those inside string literals
 * ({@code '...'}, {@code "..."}, with backslash and doubled-quote escapes), quoted identifiers
 * ({@code `...`}) and comments ({@code -- }, {@code #}, {@code /* ... *}{@code /}).
 */
final class Placeholders {
  private Placeholders() {}

  static int count(String sql) {
    return positions(sql).length;
  }

  /** The indexes of the markers in {@code sql}. */
  static int[] positions(String sql) {
    java.util.List<Integer> found = new java.util.ArrayList<>();
    int n = sql.length();
    for (int i = 0; i < n; i++) {
      char c = sql.charAt(i);
      switch (c) {
        case '?' -> found.add(i);
        case '\'', '"', '`' -> i = endOfQuoted(sql, i, c);
        case '#' -> i = endOfLine(sql, i);
        case '-' -> {
          if (sql.startsWith("--", i) && (i + 2 == n || Character.isWhitespace(sql.charAt(i + 2)))) {
            i = endOfLine(sql, i);
          }
        }
        case '/' -> {
          if (sql.startsWith("/*", i)) {
            int end = sql.indexOf("*/", i + 2);
            i = end < 0 ? n : end + 1;
          }
        }
        default -> { }
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The index of the quote closing the literal or identifier opened at {@code start}. */
  private static int endOfQuoted(String sql, int start, char quote) {
    for (int i = start + 1; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return sql.length();
  }

  private static int endOfLine(String sql, int start) {
    int end = sql.indexOf('\n', start);
    return end < 0 ? sql.length() : end;
  }
}
