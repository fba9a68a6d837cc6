package io.asyncmysql.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadDataStatementsTest {
  @Test
  void theFileOfALoadDataLocalInfileStatementCounts() {
    assertEquals(Set.of("/data/a.csv"), files("LOAD DATA LOCAL INFILE '/data/a.csv' INTO TABLE t"));
    assertEquals(Set.of("/data/a.csv"), files("load data low_priority local infile \"/data/a.csv\" into table t"));
    assertEquals(Set.of("a.xml"), files("LOAD XML CONCURRENT LOCAL INFILE 'a.xml' INTO TABLE t"));
    assertEquals(Set.of("a.csv"), files("/* import */ -- the rows\n  LOAD DATA # now\n LOCAL INFILE 'a.csv' INTO TABLE t"));
  }

  @Test
  void quotingAndEscapesAreResolvedAsTheServerWould() {
    assertEquals(Set.of("it's.csv"), files("LOAD DATA LOCAL INFILE 'it''s.csv' INTO TABLE t"));
    assertEquals(Set.of("it's.csv"), files("LOAD DATA LOCAL INFILE 'it\\'s.csv' INTO TABLE t"));
    assertEquals(Set.of("C:\\data\\a.csv"), files("LOAD DATA LOCAL INFILE 'C:\\\\data\\\\a.csv' INTO TABLE t"));
    assertEquals(Set.of("C:\\data\\a.csv"),
        LoadDataStatements.localFiles("LOAD DATA LOCAL INFILE 'C:\\data\\a.csv' INTO TABLE t", true), "NO_BACKSLASH_ESCAPES");
  }

  @Test
  void everyStatementOfAMultiStatementTextIsRead() {
    assertEquals(Set.of("a.csv", "b.csv"),
        files("LOAD DATA LOCAL INFILE 'a.csv' INTO TABLE t; SELECT 1; LOAD DATA LOCAL INFILE 'b.csv' INTO TABLE u"));
  }

  @Test
  void aNameAnywhereElseDoesNotCount() {
    assertEquals(Set.of(), files("SELECT '/etc/passwd'"));
    assertEquals(Set.of(), files("SELECT 1 /* LOAD DATA LOCAL INFILE '/etc/passwd' */"));
    assertEquals(Set.of(), files("SELECT 'LOAD DATA LOCAL INFILE ''/etc/passwd'''"));
    assertEquals(Set.of(), files("LOAD DATA INFILE '/etc/passwd' INTO TABLE t"), "a server-side file is not ours to send");
    assertEquals(Set.of(), files("INSERT INTO t SELECT 1 FROM dual WHERE 'LOAD' = 'LOAD DATA LOCAL INFILE ''x'''"));
    assertEquals(Set.of(), files("LOAD DATA LOCAL INFILE"), "truncated");
    assertEquals(Set.of("rows.csv"), files("LOAD DATA LOCAL INFILE 'rows.csv' INTO TABLE t"));
  }

  private static Set<String> files(String sql) {
    return LoadDataStatements.localFiles(sql, false);
  }
}
