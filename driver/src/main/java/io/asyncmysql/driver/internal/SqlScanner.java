package io.asyncmysql.driver.internal;

/**
 * Splits SQL text into the tokens the server's lexer would see, skipping whitespace and comments
 * ({@code -- }, {@code #}, {@code /* ... *}{@code /}): words, string literals ({@code '...'},
 * {@code "..."}), quoted identifiers ({@code `...`}) and single symbol characters. It knows nothing
 * of grammar; callers match the token sequences they care about. Unterminated quotes and comments
 * run to the end of the text.
 */
public final class SqlScanner {
  /** What the current token is. */
  public enum Token { WORD, STRING, IDENTIFIER, SYMBOL, END }

  private final String sql;
  private final boolean noBackslashEscapes;
  private int position;
  private int start;
  private int end;
  private Token token = Token.END;

  /**
   * @param noBackslashEscapes whether backslashes are ordinary characters in string literals (the
   *     {@code NO_BACKSLASH_ESCAPES} SQL mode)
   */
  public SqlScanner(String sql, boolean noBackslashEscapes) {
    this.sql = sql;
    this.noBackslashEscapes = noBackslashEscapes;
  }

  /** Moves to the next token and returns its kind; {@link Token#END} once the text is exhausted. */
  public Token next() {
    skipWhitespaceAndComments();
    start = position;
    if (position >= sql.length()) {
      end = position;
      return token = Token.END;
    }
    char c = sql.charAt(position);
    if (c == '\'' || c == '"' || c == '`') {
      position = endOfQuoted(c);
      token = c == '`' ? Token.IDENTIFIER : Token.STRING;
    } else if (isWordPart(c)) {
      while (position < sql.length() && isWordPart(sql.charAt(position))) {
        position++;
      }
      token = Token.WORD;
    } else {
      position++;
      token = Token.SYMBOL;
    }
    end = position;
    return token;
  }

  /** The current token's kind. */
  public Token token() {
    return token;
  }

  /** Where the current token starts in the text. */
  public int start() {
    return start;
  }

  /** Where the current token ends (exclusive) in the text. */
  public int end() {
    return end;
  }

  /** Whether the current token is the word {@code keyword}, in any case. */
  public boolean isWord(String keyword) {
    return token == Token.WORD && end - start == keyword.length() && sql.regionMatches(true, start, keyword, 0, keyword.length());
  }

  /** Whether the current token is the symbol {@code symbol}. */
  public boolean isSymbol(char symbol) {
    return token == Token.SYMBOL && sql.charAt(start) == symbol;
  }

  /** The value of the current string literal, its quotes removed and its escapes resolved. */
  public String stringValue() {
    char quote = sql.charAt(start);
    int last = end - 1;
    if (last == start || sql.charAt(last) != quote) {
      last = end;
    }
    StringBuilder value = new StringBuilder(last - start);
    for (int i = start + 1; i < last; i++) {
      char c = sql.charAt(i);
      if (c == '\\' && !noBackslashEscapes && i + 1 < last) {
        value.append(unescaped(sql.charAt(++i)));
      } else {
        if (c == quote) {
          i++;
        }
        value.append(c);
      }
    }
    return value.toString();
  }

  private static String unescaped(char c) {
    return switch (c) {
      case '0' -> "\0";
      case 'b' -> "\b";
      case 'n' -> "\n";
      case 'r' -> "\r";
      case 't' -> "\t";
      case 'Z' -> "\u001a";
      case '%', '_' -> "\\" + c;
      default -> String.valueOf(c);
    };
  }

  private void skipWhitespaceAndComments() {
    int n = sql.length();
    while (position < n) {
      char c = sql.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (c == '#' || (sql.startsWith("--", position) && (position + 2 == n || Character.isWhitespace(sql.charAt(position + 2))))) {
        int eol = sql.indexOf('\n', position);
        position = eol < 0 ? n : eol + 1;
      } else if (sql.startsWith("/*", position)) {
        int close = sql.indexOf("*/", position + 2);
        position = close < 0 ? n : close + 2;
      } else {
        return;
      }
    }
  }

  /** The index just past the quote closing the literal or identifier opened at {@code position}. */
  private int endOfQuoted(char quote) {
    for (int i = position + 1; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`' && !noBackslashEscapes) {
        i++;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return sql.length();
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@' || c == '.';
  }
}
