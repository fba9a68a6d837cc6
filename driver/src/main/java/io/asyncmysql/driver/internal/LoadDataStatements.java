package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.internal.SqlScanner.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * The local files a text names in {@code LOAD DATA|XML [LOW_PRIORITY|CONCURRENT] LOCAL INFILE
 * 'name'} statements: the only files a server may ask for while running it. A name in any other
 * place (a comment, another statement's literal, part of a longer name) does not count.
 */
final class LoadDataStatements {
  private LoadDataStatements() {}

  static Set<String> localFiles(String sql, boolean noBackslashEscapes) {
    Set<String> files = new HashSet<>();
    SqlScanner scanner = new SqlScanner(sql, noBackslashEscapes);
    boolean statementStart = true;
    while (scanner.next() != Token.END) {
      if (statementStart && scanner.isWord("LOAD")) {
        String file = localFile(scanner);
        if (file != null) {
          files.add(file);
        }
      }
      statementStart = scanner.isSymbol(';');
    }
    return files;
  }

  /** The file named by the statement whose {@code LOAD} the scanner is on, or null if it names none. */
  private static String localFile(SqlScanner scanner) {
    scanner.next();
    if (!scanner.isWord("DATA") && !scanner.isWord("XML")) {
      return null;
    }
    scanner.next();
    if (scanner.isWord("LOW_PRIORITY") || scanner.isWord("CONCURRENT")) {
      scanner.next();
    }
    if (!scanner.isWord("LOCAL")) {
      return null;
    }
    scanner.next();
    if (!scanner.isWord("INFILE")) {
      return null;
    }
    return scanner.next() == Token.STRING ? scanner.stringValue() : null;
  }
}
