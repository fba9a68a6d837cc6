package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  @Test
  void countsMarkersOutsideLiteralsIdentifiersAndComments() {
    assertEquals(0, Placeholders.count("SELECT 1"));
    assertEquals(2, Placeholders.count("INSERT INTO t VALUES (?, ?)"));
    assertEquals(1, Placeholders.count("SELECT '?', \"?\", `?` FROM t WHERE a = ?"));
    assertEquals(1, Placeholders.count("SELECT 'it''s ?', 'a\\'?' , ?"));
    assertEquals(1, Placeholders.count("SELECT ? -- ?\n"));
    assertEquals(2, Placeholders.count("SELECT ? # ?\n, ?"));
    assertEquals(1, Placeholders.count("SELECT /* ? */ ?"));
    assertEquals(1, Placeholders.count("SELECT 5--?\n"), "-- needs a space to start a comment");
  }
}
