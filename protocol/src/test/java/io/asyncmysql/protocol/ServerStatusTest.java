package io.asyncmysql.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class ServerStatusTest {
  @Test
  void flagsHaveTheirProtocolValues() {
    assertEquals(0x0001, ServerStatus.IN_TRANS);
    assertEquals(0x0002, ServerStatus.AUTOCOMMIT);
    assertEquals(0x0008, ServerStatus.MORE_RESULTS_EXISTS);
    assertEquals(0x0040, ServerStatus.CURSOR_EXISTS);
    assertEquals(0x0080, ServerStatus.LAST_ROW_SENT);
    assertEquals(0x0200, ServerStatus.NO_BACKSLASH_ESCAPES);
    assertEquals(0x1000, ServerStatus.PS_OUT_PARAMS);
    assertEquals(0x4000, ServerStatus.SESSION_STATE_CHANGED);
  }

  @Test
  void queriesTestOneFlagEach() {
    assertQueries(ServerStatus::inTransaction, ServerStatus.IN_TRANS);
    assertQueries(ServerStatus::autocommit, ServerStatus.AUTOCOMMIT);
    assertQueries(ServerStatus::moreResultsExists, ServerStatus.MORE_RESULTS_EXISTS);
    assertQueries(ServerStatus::noBackslashEscapes, ServerStatus.NO_BACKSLASH_ESCAPES);
    assertQueries(ServerStatus::cursorExists, ServerStatus.CURSOR_EXISTS);
    assertQueries(ServerStatus::lastRowSent, ServerStatus.LAST_ROW_SENT);
  }

  private static void assertQueries(IntPredicate query, int flag) {
    assertTrue(query.test(flag));
    assertTrue(query.test(0xFFFF));
    assertFalse(query.test(0));
    assertFalse(query.test(0xFFFF & ~flag));
  }
}
