package io.asyncmysql.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * What this JVM has used so far: process CPU time (every thread: the driver's, the caller's, the
 * garbage collector's and the JIT's), bytes allocated by all threads, and the peak of the heap.
 */
final class Usage {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();

  private Usage() {}

  static long cpuNanos() {
    return OS.getProcessCpuTime();
  }

  static long allocatedBytes() {
    return THREADS.getTotalThreadAllocatedBytes();
  }

  /** Collects garbage, then starts a new peak from the heap now in use. */
  static void resetHeapPeak() {
    System.gc();
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since {@link #resetHeapPeak()}, in bytes. */
  static long heapPeak() {
    return HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
