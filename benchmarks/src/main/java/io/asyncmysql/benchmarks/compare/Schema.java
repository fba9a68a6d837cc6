package io.asyncmysql.benchmarks.compare;

import java.util.List;

/** The comparison's tables; the runner creates and fills them once per server before any contestant runs. */
public final class Schema {

  /** Columns of {@code wide} in order, with their SQL types. */
  public static final List<String> WIDE_COLUMNS = List.of(
      "id INT NOT NULL PRIMARY KEY",
      "n_big BIGINT NOT NULL",
      "n_small SMALLINT NOT NULL",
      "n_double DOUBLE NOT NULL",
      "n_decimal DECIMAL(12,4) NULL",
      "s_short VARCHAR(32) NOT NULL",
      "s_long VARCHAR(255) NOT NULL",
      "d_date DATE NOT NULL",
      "d_datetime DATETIME(6) NOT NULL",
      "b_bytes VARBINARY(32) NOT NULL");

  /** Table definitions, in creation order. */
  public static final List<String> TABLES = List.of(
      "CREATE TABLE world (id INT NOT NULL PRIMARY KEY, randomNumber INT NOT NULL)",
      "CREATE TABLE fortune (id INT NOT NULL PRIMARY KEY, message VARCHAR(2048) NOT NULL)",
      "CREATE TABLE wide (" + String.join(", ", WIDE_COLUMNS) + ")",
      "CREATE TABLE item (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL, price DECIMAL(10,2) NOT NULL, created DATETIME(6) NOT NULL)");

  private Schema() {}
}
