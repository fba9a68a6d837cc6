package io.asyncmysql.driver.jdbc;

/** MySQL identifiers and string literals in SQL text. */
final class Identifiers {
  private Identifiers() {}

  /** An identifier in back quotes, inner back quotes doubled: {@code my`table} → {@code `my``table`}. */
  static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
