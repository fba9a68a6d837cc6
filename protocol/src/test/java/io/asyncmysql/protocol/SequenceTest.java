package io.asyncmysql.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SequenceTest {
  @Test
  void startsAtZeroForTheServerHandshake() {
    Sequence sequence = new Sequence();
    sequence.check(0);
    assertEquals(0, sequence.next());
  }

  @Test
  void takesConsecutiveIdsAndWrapsAfter255() {
    Sequence sequence = new Sequence();
    for (int id = 0; id < 256; id++) {
      assertEquals(id, sequence.take());
    }
    assertEquals(0, sequence.take());
    assertEquals(1, sequence.next());
  }

  @Test
  void resetStartsANewCommand() {
    Sequence sequence = new Sequence();
    sequence.take();
    sequence.take();
    sequence.reset();
    assertEquals(0, sequence.next());
  }

  @Test
  void checkRejectsAnotherIdWithoutTakingIt() {
    Sequence sequence = new Sequence();
    sequence.take();
    ProtocolException e = assertThrows(ProtocolException.class, () -> sequence.check(3));
    assertEquals("packet sequence id: 3 (expected: 1)", e.getMessage());
    sequence.check(1);
    assertEquals(1, sequence.next());
  }
}
