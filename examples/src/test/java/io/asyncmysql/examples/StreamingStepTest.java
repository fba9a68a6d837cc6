package io.asyncmysql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StreamingStepTest {
  @Test
  void crossJoinsTheDigitsTableOnceForEachDecimalPlace() {
    assertEquals("SELECT d0.d * 1 + d1.d * 10 + d2.d * 100 AS n FROM demo_digits d0 CROSS JOIN demo_digits d1 CROSS JOIN demo_digits d2",
        StreamingStep.sql(3));
  }

  @Test
  void rejectsAnImpossibleNumberOfWays() {
    assertEquals("ways: 10 (expected: 1 to 9)", assertThrows(IllegalArgumentException.class, () -> StreamingStep.run(null, 10)).getMessage());
  }
}
