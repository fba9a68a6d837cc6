package io.asyncmysql.driver;

import static io.asyncmysql.driver.MySqlConnectOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void formatsWithTheLargestExactUnit() {
    assertEquals("250ms", Durations.format(Duration.ofMillis(250)));
    assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
    assertEquals("0s", Durations.format(Duration.ZERO));
    assertEquals("10s", Durations.format(Duration.ofSeconds(10)));
    assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("2m", Durations.format(Duration.ofMinutes(2)));
    assertEquals("1h", Durations.format(Duration.ofHours(1)));
    assertEquals("PT0.0000015S", Durations.format(Duration.ofNanos(1500)));
  }

  @Test
  void parsesWhatItFormats() {
    for (Duration d : new Duration[] {Duration.ofMillis(250), Duration.ofSeconds(90), Duration.ofMinutes(2), Duration.ofHours(3)}) {
      assertEquals(d, Durations.parse("t", Durations.format(d)));
    }
  }

  @Test
  void rejectsNegativeOverflowingAndUnknownUnits() {
    String expected = " (expected: a duration such as 5000 (milliseconds), 250ms, 5s, 2m, 1h or PT5S)";
    assertMessage("t: -5" + expected, () -> Durations.parse("t", "-5"));
    assertMessage("t: 5d" + expected, () -> Durations.parse("t", "5d"));
    assertMessage("t: 999999999999999999h" + expected, () -> Durations.parse("t", "999999999999999999h"));
    assertMessage("t: P" + expected, () -> Durations.parse("t", "P"));
    assertMessage("t: " + expected, () -> Durations.parse("t", ""));
  }
}
