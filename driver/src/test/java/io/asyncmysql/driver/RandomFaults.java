package io.asyncmysql.driver;

import io.asyncmysql.testing.FaultProxy;
import io.asyncmysql.testing.FaultProxy.Direction;
import io.asyncmysql.testing.FaultProxyConnection;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Applies a random toxic to a random open connection of a {@link FaultProxy} after each pause (200
 * to 800 ms unless set), until it has applied the number asked for. Seeded, so the choices repeat;
 * what they hit depends on timing.
 */
final class RandomFaults implements Runnable {
  /** The toxics it chooses from. */
  enum Kind { LATENCY, BANDWIDTH, SLICING, CLOSE_AFTER, RESET, CLOSE, BLACKHOLE, CUT, WRONG_SEQUENCE_ID }

  private final FaultProxy proxy;
  private final Random random;
  private final int count;
  private final long shortestPauseMillis;
  private final long longestPauseMillis;
  private final AtomicIntegerArray applied = new AtomicIntegerArray(Kind.values().length);
  private volatile boolean stopped;

  RandomFaults(FaultProxy proxy, long seed, int count) {
    this(proxy, seed, count, Duration.ofMillis(200), Duration.ofMillis(800));
  }

  /** Pauses between {@code shortestPause} and {@code longestPause} (inclusive) before each fault. */
  RandomFaults(FaultProxy proxy, long seed, int count, Duration shortestPause, Duration longestPause) {
    this.proxy = proxy;
    this.random = new Random(seed);
    this.count = count;
    this.shortestPauseMillis = shortestPause.toMillis();
    this.longestPauseMillis = longestPause.toMillis();
  }

  @Override
  public void run() {
    int done = 0;
    while (done < count && !stopped) {
      try {
        TimeUnit.MILLISECONDS.sleep(random.nextLong(shortestPauseMillis, longestPauseMillis + 1));
      } catch (InterruptedException e) {
        return;
      }
      List<FaultProxyConnection> open = proxy.connections();
      if (open.isEmpty()) {
        continue;
      }
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      apply(kind, open.get(random.nextInt(open.size())));
      applied.incrementAndGet(kind.ordinal());
      done++;
    }
  }

  /** Stops before the next fault. */
  void stop() {
    stopped = true;
  }

  /** How many faults of each kind were applied. */
  Map<Kind, Integer> applied() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, applied.get(kind.ordinal()));
    }
    return counts;
  }

  /** How many faults were applied. */
  int total() {
    return applied().values().stream().mapToInt(Integer::intValue).sum();
  }

  private void apply(Kind kind, FaultProxyConnection connection) {
    Direction direction = random.nextBoolean() ? Direction.UPSTREAM : Direction.DOWNSTREAM;
    switch (kind) {
      case LATENCY -> connection.latency(direction, 5 + random.nextInt(45), random.nextInt(10));
      case BANDWIDTH -> connection.bandwidth(direction, 200_000 + random.nextInt(800_000));
      case SLICING -> connection.slicing(direction, 1 + random.nextInt(64), 0);
      case CLOSE_AFTER -> connection.closeAfter(direction, random.nextInt(4096));
      case RESET -> connection.reset();
      case CLOSE -> connection.close();
      case BLACKHOLE -> connection.blackhole(direction, true);
      case CUT -> connection.cut(direction, random.nextInt(6), random.nextInt(16));
      case WRONG_SEQUENCE_ID -> {
        long target = connection.packets(Direction.DOWNSTREAM) + random.nextInt(4);
        connection.rewrite(Direction.DOWNSTREAM, p -> p.index() == target ? p.withSequenceId((p.sequenceId() + 1) & 0xFF) : p);
      }
    }
  }
}
