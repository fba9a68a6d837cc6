package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The positive control of the pinning checks ({@code LoadIT}, {@code jdbc.PinningIT}): a virtual
 * thread that pins its carrier in a class of the driver's package is found and named. Since JDK 24
 * (JEP 491) a virtual thread parked inside {@code synchronized} no longer pins, so the pin here is
 * one every JDK 21+ still records: parking in a class initializer.
 */
class PinnedFramesTest {
  @Test
  void aVirtualThreadParkedInADriverClassInitializerIsNamed() throws Exception {
    List<String> pinnedInDriver = PinnedFrames.during(() -> Thread.ofVirtual().start(SleepsInItsInitializer::load).join());

    assertTrue(pinnedInDriver.contains(SleepsInItsInitializer.class.getName() + ".<clinit>"), pinnedInDriver::toString);
    assertTrue(pinnedInDriver.stream().allMatch(frame -> frame.startsWith("io.asyncmysql.driver.")), pinnedInDriver::toString);
  }

  /** Sleeps in its static initializer, so the virtual thread that loads it pins its carrier meanwhile. */
  private static final class SleepsInItsInitializer {
    static {
      try {
        TimeUnit.MILLISECONDS.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    static void load() {}
  }
}
