package io.asyncmysql.examples;

import java.util.List;
import java.util.StringJoiner;

/**
 * One row of the benchmark's {@code World} table.
 *
 * @param id the row's id, 1 to 10,000
 * @param randomNumber its number, 1 to 10,000
 */
record World(int id, int randomNumber) {
  /** {@code {"id":1,"randomNumber":42}}. */
  String toJson() {
    return "{\"id\":" + id + ",\"randomNumber\":" + randomNumber + "}";
  }

  /** A JSON array of rows. */
  static String toJson(List<World> rows) {
    StringJoiner array = new StringJoiner(",", "[", "]");
    rows.forEach(row -> array.add(row.toJson()));
    return array.toString();
  }
}
