package io.asyncmysql.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Turns every Netty leak report into a test failure.
 *
 * <p>Netty only logs a leaked {@code ByteBuf}; this extension collects the reports through {@link
 * Detector} (installed with {@code -Dio.netty.customResourceLeakDetector=}{@value #DETECTOR}) and, after
 * each test class, collects garbage, makes Netty look for leaks and fails the class when any was
 * found. It is registered automatically where JUnit's extension auto-detection is on; run tests with
 * {@code -Dio.netty.leakDetection.level=paranoid} so that every buffer is tracked.
 */
public final class NettyLeakCheck implements AfterAllCallback {
  /** The value for {@code io.netty.customResourceLeakDetector}. */
  public static final String DETECTOR = "io.asyncmysql.testing.NettyLeakCheck$Detector";

  private static final ConcurrentLinkedQueue<String> LEAKS = new ConcurrentLinkedQueue<>();

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    if (!DETECTOR.equals(System.getProperty("io.netty.customResourceLeakDetector"))) {
      return;
    }
    List<String> found = collectLeaks();
    if (!found.isEmpty()) {
      throw new AssertionError(
          found.size() + " Netty buffer leak(s) after " + context.getDisplayName() + ":\n" + String.join("\n\n", found));
    }
  }

  /**
   * Collects garbage, lets Netty report the buffers that were never released, and returns (and
   * forgets) every report seen so far.
   */
  public static List<String> collectLeaks() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(20);
      // A leak is reported when a new tracked buffer is allocated after the leaked one was collected.
      for (ByteBufAllocator allocator :
          List.of(ByteBufAllocator.DEFAULT, PooledByteBufAllocator.DEFAULT, UnpooledByteBufAllocator.DEFAULT)) {
        ByteBuf probe = allocator.buffer(1);
        probe.release();
      }
    }
    List<String> found = new ArrayList<>();
    for (String leak; (leak = LEAKS.poll()) != null; ) {
      found.add(leak);
    }
    return found;
  }

  /**
   * A {@link ResourceLeakDetector} that records each report for {@link NettyLeakCheck} as well as
   * logging it.
   *
   * @param <T> the tracked resource type
   */
  public static final class Detector<T> extends ResourceLeakDetector<T> {
    /**
     * Creates a new instance; Netty calls it through {@code io.netty.customResourceLeakDetector}.
     *
     * @param resourceType the tracked resource type
     * @param samplingInterval how often a resource is sampled below the PARANOID level
     */
    public Detector(Class<?> resourceType, int samplingInterval) {
      super(resourceType, samplingInterval);
    }

    /**
     * Creates a new instance; the constructor Netty looks for first.
     *
     * @param resourceType the tracked resource type
     * @param samplingInterval how often a resource is sampled below the PARANOID level
     * @param maxActive ignored, as by Netty itself
     */
    public Detector(Class<?> resourceType, int samplingInterval, long maxActive) {
      this(resourceType, samplingInterval);
    }

    @Override
    protected boolean needReport() {
      return true;
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
      LEAKS.add("LEAK: " + resourceType + records);
      super.reportTracedLeak(resourceType, records);
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
      LEAKS.add("LEAK: " + resourceType + " (no records: run with -Dio.netty.leakDetection.level=paranoid)");
      super.reportUntracedLeak(resourceType);
    }
  }
}
