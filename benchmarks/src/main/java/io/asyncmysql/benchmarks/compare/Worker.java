package io.asyncmysql.benchmarks.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one workload for one contestant in a JVM of its own and prints a {@link Result} line. The
 * runner starts it: {@code Worker CONTESTANT WORKLOAD HOST PORT USER DATABASE quick|full}, the
 * password in the environment variable {@code COMPARE_PASSWORD}.
 */
public final class Worker {
  private static final int FAN_OUT = 10_000;

  private final Contestant contestant;
  private final Effort effort;

  private Worker(Contestant contestant, Effort effort) {
    this.contestant = contestant;
    this.effort = effort;
  }

  /** Runs the worker. */
  public static void main(String[] args) throws Exception {
    Entrant entry = Entrant.byId(args[0]);
    Workload workload = Workload.valueOf(args[1]);
    Contestant.Database database = new Contestant.Database(args[2], Integer.parseInt(args[3]), args[4],
        System.getenv().getOrDefault("COMPARE_PASSWORD", ""), args[5]);
    Effort effort = Effort.of(args[6].equals("quick"));
    Map<String, Double> figures = new LinkedHashMap<>();
    OptionalLong checksum = OptionalLong.empty();
    try (Contestant contestant = entry.create()) {
      contestant.open(database, workload.connections);
      Worker worker = new Worker(contestant, effort);
      switch (workload) {
        case W1 -> worker.latency(figures);
        case W2 -> worker.throughput(figures);
        case W3 -> checksum = OptionalLong.of(worker.largeResult(figures));
        case W4 -> worker.batchInsert(figures);
        case W5 -> worker.fanOut(figures);
        case W6 -> TechEmpower.measure(contestant, effort, figures);
      }
    }
    System.out.println(new Result(workload, entry.id(), figures, checksum).toLine());
    System.exit(0);
  }

  private void latency(Map<String, Double> figures) throws InterruptedException {
    ClosedLoop.run(contestant, 1, effort.warmUp());
    ClosedLoop.Outcome outcome = ClosedLoop.run(contestant, 1, effort.measure());
    figures.put("opsPerSec", outcome.opsPerSecond());
    figures.put("p50Micros", outcome.percentileMicros(0.50));
    figures.put("p99Micros", outcome.percentileMicros(0.99));
  }

  private void throughput(Map<String, Double> figures) throws InterruptedException {
    int inFlight = 64;
    ClosedLoop.run(contestant, inFlight, effort.warmUp());
    long cpu = Usage.cpuNanos();
    long allocated = Usage.allocatedBytes();
    ClosedLoop.Outcome outcome = ClosedLoop.run(contestant, inFlight, effort.measure());
    cpu = Usage.cpuNanos() - cpu;
    allocated = Usage.allocatedBytes() - allocated;
    figures.put("opsPerSec", outcome.opsPerSecond());
    figures.put("cpuMicrosPerOp", cpu / 1_000.0 / outcome.operations());
    figures.put("allocatedBytesPerOp", (double) allocated / outcome.operations());
    figures.put("errors", (double) outcome.errors());
  }

  private long largeResult(Map<String, Double> figures) {
    long checksum = 0;
    for (int i = 0; i < effort.warmUpRounds(); i++) {
      checksum = contestant.readWide().toCompletableFuture().join();
    }
    double best = 0;
    double cpuPerRow = Double.MAX_VALUE;
    double allocatedPerRow = Double.MAX_VALUE;
    long peak = 0;
    for (int i = 0; i < effort.rounds(); i++) {
      Usage.resetHeapPeak();
      long cpu = Usage.cpuNanos();
      long allocated = Usage.allocatedBytes();
      long start = System.nanoTime();
      long sum = contestant.readWide().toCompletableFuture().join();
      long elapsed = System.nanoTime() - start;
      cpuPerRow = Math.min(cpuPerRow, (double) (Usage.cpuNanos() - cpu) / Data.WIDE_ROWS);
      allocatedPerRow = Math.min(allocatedPerRow, (double) (Usage.allocatedBytes() - allocated) / Data.WIDE_ROWS);
      peak = Math.max(peak, Usage.heapPeak());
      best = Math.max(best, Data.WIDE_ROWS * 1e9 / elapsed);
      if (sum != checksum) {
        throw new IllegalStateException("checksum changed between reads: " + checksum + " then " + sum);
      }
    }
    figures.put("rowsPerSec", best);
    figures.put("cpuNanosPerRow", cpuPerRow);
    figures.put("allocatedBytesPerRow", allocatedPerRow);
    figures.put("peakHeapMiB", peak / 1048576.0);
    return checksum;
  }

  private void batchInsert(Map<String, Double> figures) {
    int round = 0;
    for (int i = 0; i < effort.warmUpRounds(); i++) {
      contestant.insertItems(Data.items(round++)).toCompletableFuture().join();
    }
    double best = 0;
    for (int i = 0; i < effort.rounds(); i++) {
      var items = Data.items(round++);
      long start = System.nanoTime();
      contestant.insertItems(items).toCompletableFuture().join();
      best = Math.max(best, Data.ITEM_ROWS * 1e9 / (System.nanoTime() - start));
    }
    figures.put("rowsPerSec", best);
  }

  private void fanOut(Map<String, Double> figures) throws InterruptedException {
    for (int i = 0; i < effort.warmUpRounds(); i++) {
      fanOutOnce(new AtomicInteger());
    }
    AtomicInteger errors = new AtomicInteger();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < effort.rounds(); i++) {
      best = Math.min(best, fanOutOnce(errors));
    }
    figures.put("wallMillis", best / 1e6);
    figures.put("errors", (double) errors.get());
  }

  /** Starts {@value #FAN_OUT} virtual threads, each waiting for one point select; returns the wall time in nanoseconds. */
  private long fanOutOnce(AtomicInteger errors) throws InterruptedException {
    Thread[] threads = new Thread[FAN_OUT];
    long start = System.nanoTime();
    for (int i = 0; i < FAN_OUT; i++) {
      threads[i] = Thread.ofVirtual().start(() -> {
        try {
          contestant.selectWorld(ThreadLocalRandom.current().nextInt(1, Data.WORLD_ROWS + 1)).toCompletableFuture().join();
        } catch (RuntimeException e) {
          if (errors.incrementAndGet() == 1) {
            e.printStackTrace();
          }
        }
      });
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return System.nanoTime() - start;
  }
}
