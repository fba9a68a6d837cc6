package io.asyncmysql.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records, with JFR, where virtual threads pinned their carrier while some work ran, and names the
 * driver's frames among them. Load the classes the work uses before: loading and initialising a class
 * can pin (a JVM limit).
 */
public final class PinnedFrames {
  private static final String DRIVER = "io.asyncmysql.driver";

  /** Work that may throw. */
  @FunctionalInterface
  public interface Work {
    /** Does the work. */
    void run() throws Exception;
  }

  private PinnedFrames() {}

  /**
   * Runs {@code work} under a {@code jdk.VirtualThreadPinned} recording.
   *
   * @return the driver methods ({@code class.method}) on the stacks of the pinning events, empty when
   *     no virtual thread pinned in the driver
   */
  public static List<String> during(Work work) throws Exception {
    Path file = Files.createTempFile("asyncmysql-pinning", ".jfr");
    try {
      try (Recording recording = new Recording()) {
        recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
        recording.start();
        work.run();
        recording.stop();
        recording.dump(file);
      }
      List<String> inDriver = new ArrayList<>();
      for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
        if (event.getStackTrace() == null) {
          continue;
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
          String type = frame.getMethod().getType().getName();
          if (type.startsWith(DRIVER)) {
            inDriver.add(type + "." + frame.getMethod().getName());
          }
        }
      }
      return inDriver;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
