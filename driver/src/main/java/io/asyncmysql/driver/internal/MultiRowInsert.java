package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.internal.SqlScanner.Token;

/**
 * An {@code INSERT} or {@code REPLACE} whose single {@code VALUES (...)} row holds every parameter
 * marker, so that a batch can repeat the row: {@code INSERT INTO t (a, b) VALUES (?, ?)} becomes
 * {@code ... VALUES (?, ?), (?, ?), (?, ?)}. A suffix without markers ({@code ON DUPLICATE KEY UPDATE
 * ...}, a row alias) stays at the end. {@code INSERT ... SELECT}, {@code INSERT ... SET}, a text that
 * already has several rows or several statements does not qualify.
 */
final class MultiRowInsert {
  private final String head;
  private final String row;
  private final String tail;
  private final int parametersPerRow;
  private final boolean oneRowEach;

  private MultiRowInsert(String sql, int rowStart, int rowEnd, int parametersPerRow, boolean oneRowEach) {
    this.head = sql.substring(0, rowEnd);
    this.row = sql.substring(rowStart, rowEnd);
    this.tail = sql.substring(rowEnd);
    this.parametersPerRow = parametersPerRow;
    this.oneRowEach = oneRowEach;
  }

  /** The statement as a multi-row insert, or {@code null} when it does not qualify. */
  static MultiRowInsert of(String sql) {
    SqlScanner scanner = new SqlScanner(sql, false);
    scanner.next();
    boolean insert = scanner.isWord("INSERT");
    if (!insert && !scanner.isWord("REPLACE")) {
      return null;
    }
    boolean ignore = false;
    int depth = 0;
    while (depth > 0 || !(scanner.isWord("VALUES") || scanner.isWord("VALUE"))) {
      if (scanner.next() == Token.END || scanner.isSymbol('?') || scanner.isSymbol(';')
          || depth == 0 && (scanner.isWord("SELECT") || scanner.isWord("SET") || scanner.isWord("TABLE") || scanner.isWord("WITH"))) {
        return null;
      }
      ignore |= depth == 0 && scanner.isWord("IGNORE");
      depth += scanner.isSymbol('(') ? 1 : scanner.isSymbol(')') ? -1 : 0;
    }
    if (scanner.next() != Token.SYMBOL || !scanner.isSymbol('(')) {
      return null;
    }
    int rowStart = scanner.start();
    int markers = 0;
    for (depth = 1; depth > 0; ) {
      if (scanner.next() == Token.END || scanner.isSymbol(';')) {
        return null;
      }
      markers += scanner.isSymbol('?') ? 1 : 0;
      depth += scanner.isSymbol('(') ? 1 : scanner.isSymbol(')') ? -1 : 0;
    }
    int rowEnd = scanner.end();
    boolean suffix = false;
    while (scanner.next() != Token.END) {
      if (scanner.isSymbol('?') || scanner.isSymbol(';') || !suffix && scanner.isSymbol(',')) {
        return null;
      }
      suffix = true;
    }
    return new MultiRowInsert(sql, rowStart, rowEnd, markers, insert && !ignore && !suffix);
  }

  /** The parameter markers of one row. */
  int parametersPerRow() {
    return parametersPerRow;
  }

  /**
   * Whether each row of the statement changes exactly one row when the statement succeeds: a plain
   * {@code INSERT}, without {@code IGNORE}, {@code REPLACE} or {@code ON DUPLICATE KEY UPDATE}.
   */
  boolean oneRowEach() {
    return oneRowEach;
  }

  /** The statement with {@code rows} rows of markers. */
  String sql(int rows) {
    StringBuilder sql = new StringBuilder(head.length() + (row.length() + 2) * (rows - 1) + tail.length()).append(head);
    for (int i = 1; i < rows; i++) {
      sql.append(", ").append(row);
    }
    return sql.append(tail).toString();
  }
}
