package io.asyncmysql.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultiRowInsertTest {
  @Test
  void aSingleRowInsertRepeatsItsRow() {
    MultiRowInsert insert = MultiRowInsert.of("INSERT INTO t (a, b) VALUES (?, ?)");
    assertEquals(2, insert.parametersPerRow());
    assertTrue(insert.oneRowEach());
    assertEquals("INSERT INTO t (a, b) VALUES (?, ?)", insert.sql(1));
    assertEquals("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)", insert.sql(3));
  }

  @Test
  void expressionsCommentsAndLiteralsInTheRowAreKept() {
    MultiRowInsert insert = MultiRowInsert.of("insert /* x */ into t value (?, 'a?', NOW(), COALESCE(?, (1)))");
    assertEquals(2, insert.parametersPerRow());
    assertEquals("insert /* x */ into t value (?, 'a?', NOW(), COALESCE(?, (1))), (?, 'a?', NOW(), COALESCE(?, (1)))", insert.sql(2));
  }

  @Test
  void aSuffixWithoutMarkersStaysAtTheEndAndCountsNoLongerOneEach() {
    MultiRowInsert upsert = MultiRowInsert.of("INSERT INTO t (id, n) VALUES (?, ?) ON DUPLICATE KEY UPDATE n = n + VALUES(n), m = 1");
    assertEquals("INSERT INTO t (id, n) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE n = n + VALUES(n), m = 1", upsert.sql(2));
    assertFalse(upsert.oneRowEach());
    assertFalse(MultiRowInsert.of("INSERT IGNORE INTO t VALUES (?)").oneRowEach());
    assertFalse(MultiRowInsert.of("REPLACE INTO t VALUES (?)").oneRowEach());
    assertFalse(MultiRowInsert.of("INSERT INTO t VALUES (?) AS new").oneRowEach());
  }

  @Test
  void otherStatementsDoNotQualify() {
    assertNull(MultiRowInsert.of("UPDATE t SET a = ? WHERE id = ?"));
    assertNull(MultiRowInsert.of("DELETE FROM t WHERE id = ?"));
    assertNull(MultiRowInsert.of("INSERT INTO t SELECT ? FROM dual"));
    assertNull(MultiRowInsert.of("INSERT INTO t SET a = ?"));
    assertNull(MultiRowInsert.of("INSERT INTO t VALUES (?), (?)"), "already several rows");
    assertNull(MultiRowInsert.of("INSERT INTO t VALUES (?); DELETE FROM t"), "several statements");
    assertNull(MultiRowInsert.of("INSERT INTO t VALUES (?) ON DUPLICATE KEY UPDATE a = ?"), "a marker outside the row");
    assertNull(MultiRowInsert.of("INSERT INTO t VALUES (?"), "unterminated");
    assertNull(MultiRowInsert.of("SELECT 'INSERT INTO t VALUES (?)'"));
  }

  @Test
  void columnsNamedLikeKeywordsInsideParenthesesDoNotConfuseIt() {
    MultiRowInsert insert = MultiRowInsert.of("INSERT INTO t (`values`, `select`) VALUES (?, ?)");
    assertEquals("INSERT INTO t (`values`, `select`) VALUES (?, ?), (?, ?)", insert.sql(2));
  }
}
