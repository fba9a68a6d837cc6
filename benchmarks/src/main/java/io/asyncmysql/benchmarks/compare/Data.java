package io.asyncmysql.benchmarks.compare;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** How much data the workloads use, and the rows W4 inserts. */
final class Data {
  static final int WORLD_ROWS = 10_000;
  static final int WIDE_ROWS = 100_000;
  static final int ITEM_ROWS = 20_000;

  private Data() {}

  /** The {@code round}-th batch of W4's rows, ids following those of the rounds before. */
  static List<Contestant.Item> items(int round) {
    List<Contestant.Item> items = new ArrayList<>(ITEM_ROWS);
    LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0);
    for (int i = 0; i < ITEM_ROWS; i++) {
      long id = (long) round * ITEM_ROWS + i + 1;
      items.add(new Contestant.Item(id, "item " + id, BigDecimal.valueOf(id % 100_000, 2), base.plusNanos(id * 1_000_123)));
    }
    return items;
  }
}
