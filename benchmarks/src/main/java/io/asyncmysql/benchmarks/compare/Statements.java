package io.asyncmysql.benchmarks.compare;

/** The statements every contestant sends, word for word. */
public final class Statements {
  /** W1, W2, W5, W6: a point select by primary key, prepared. */
  public static final String SELECT_WORLD = "SELECT id, randomNumber FROM world WHERE id = ?";
  /** W3: the whole {@code wide} table, as a plain (text-protocol) query. */
  public static final String SELECT_WIDE = "SELECT * FROM wide ORDER BY id";
  /** W4: one row of {@code item}, prepared. */
  public static final String INSERT_ITEM = "INSERT INTO item (id, name, price, created) VALUES (?, ?, ?, ?)";
  /** W6: every fortune, prepared. */
  public static final String SELECT_FORTUNES = "SELECT id, message FROM fortune";
  /** W6: one world's new random number, prepared. */
  public static final String UPDATE_WORLD = "UPDATE world SET randomNumber = ? WHERE id = ?";

  private Statements() {}
}
