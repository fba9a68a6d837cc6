package io.asyncmysql.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.driver.internal.SqlScanner.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScannerTest {
  @Test
  void splitsWordsLiteralsIdentifiersAndSymbolsAndSkipsComments() {
    assertEquals(List.of("WORD:SELECT", "STRING:'a''b'", "SYMBOL:,", "IDENTIFIER:`c d`", "SYMBOL:,", "SYMBOL:?", "WORD:FROM", "WORD:db.t"),
        tokens("SELECT /* x */ 'a''b', `c d`, ? -- y\n FROM # z\n db.t"));
  }

  @Test
  void backslashesEscapeUnlessTheModeSaysOtherwise() {
    SqlScanner escaping = new SqlScanner("'a\\'b' x", false);
    escaping.next();
    assertEquals("a'b", escaping.stringValue());
    assertEquals(Token.WORD, escaping.next());

    SqlScanner literal = new SqlScanner("'a\\' x", true);
    literal.next();
    assertEquals("a\\", literal.stringValue());
    assertEquals(Token.WORD, literal.next());
  }

  @Test
  void escapesResolveAsTheServerResolvesThem() {
    SqlScanner scanner = new SqlScanner("'\\0\\n\\t\\Z\\%\\_\\q\\\\'", false);
    scanner.next();
    assertEquals("\0\n\t\u001a\\%\\_q\\", scanner.stringValue());
  }

  @Test
  void unterminatedQuotesAndCommentsRunToTheEnd() {
    assertEquals(List.of("WORD:SELECT", "STRING:'abc"), tokens("SELECT 'abc"));
    assertEquals(List.of("WORD:SELECT"), tokens("SELECT /* abc"));
    SqlScanner scanner = new SqlScanner("'abc", false);
    scanner.next();
    assertEquals("abc", scanner.stringValue());
  }

  @Test
  void aDoubleDashNeedsWhitespaceToStartAComment() {
    assertEquals(List.of("WORD:5", "SYMBOL:-", "SYMBOL:-", "WORD:1"), tokens("5--1"));
    assertEquals(List.of("WORD:5"), tokens("5-- 1"));
  }

  private static List<String> tokens(String sql) {
    SqlScanner scanner = new SqlScanner(sql, false);
    List<String> tokens = new ArrayList<>();
    while (scanner.next() != Token.END) {
      tokens.add(scanner.token() + ":" + sql.substring(scanner.start(), scanner.end()));
    }
    return tokens;
  }
}
