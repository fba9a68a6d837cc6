package io.asyncmysql.driver;

/** The transaction isolation levels of MySQL and MariaDB. */
public enum IsolationLevel {
  /** Reads may see uncommitted changes of other transactions. */
  READ_UNCOMMITTED("READ UNCOMMITTED"),
  /** Each read sees the latest committed data. */
  READ_COMMITTED("READ COMMITTED"),
  /** Reads within a transaction see one snapshot; the InnoDB default. */
  REPEATABLE_READ("REPEATABLE READ"),
  /** As {@link #REPEATABLE_READ}, with plain reads taking shared locks. */
  SERIALIZABLE("SERIALIZABLE");

  private final String sql;

  IsolationLevel(String sql) {
    this.sql = sql;
  }

  /** The level as SQL writes it, e.g. {@code REPEATABLE READ}. */
  public String sql() {
    return sql;
  }
}
