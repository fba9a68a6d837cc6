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
      assertEquals(id, sequence.take(1));
    }
    assertEquals(0, sequence.take(1));
    assertEquals(1, sequence.next());
  }

  @Test
  void eachPipelinedResponseStartsAfterItsOwnCommand() {
    Sequence sequence = new Sequence();
    sequence.take(1);
    sequence.commandWritten(1);
    sequence.commandWritten(3);
    sequence.startResponse();
    assertEquals(1, sequence.next());
    sequence.take(4);
    sequence.startResponse();
    assertEquals(3, sequence.next());
  }

  @Test
  void aResponseWithoutAWrittenCommandIsAnError() {
    assertThrows(IllegalStateException.class, new Sequence()::startResponse);
  }

  @Test
  void checkRejectsAnotherIdWithoutTakingIt() {
    Sequence sequence = new Sequence();
    sequence.take(1);
    ProtocolException e = assertThrows(ProtocolException.class, () -> sequence.check(3));
    assertEquals("packet sequence id: 3 (expected: 1)", e.getMessage());
    sequence.check(1);
    assertEquals(1, sequence.next());
  }

  @Test
  void betweenExchangesAnyIdPassesUntilTheNextResponseStarts() {
    Sequence sequence = new Sequence();
    sequence.take(1);
    sequence.endExchange();
    sequence.check(0);
    sequence.check(7);
    sequence.commandWritten(1);
    sequence.startResponse();
    assertThrows(ProtocolException.class, () -> sequence.check(0));
    sequence.check(1);
  }
}
