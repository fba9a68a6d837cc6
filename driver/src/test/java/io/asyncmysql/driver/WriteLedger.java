package io.asyncmysql.driver;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The write oracle of the fault-injection test: what the driver said about every write, checked
 * against the rows the server holds afterwards. A write the driver acknowledged must be there; one
 * it reported as never sent, or refused by the server, must not; one in doubt may be either; a
 * transaction's two rows are there together or not at all.
 */
final class WriteLedger {
  /** What the driver said about a write. */
  enum Outcome {
    OK, NOT_SENT, IN_DOUBT, SERVER_ERROR;

    /** The outcome a command's completion reports; {@code null} for a failure that is not the driver's. */
    static Outcome of(Throwable failure) {
      if (failure == null) {
        return OK;
      }
      if (!(failure instanceof MySqlException e)) {
        return null;
      }
      return switch (e.delivery()) {
        case NOT_SENT -> NOT_SENT;
        case IN_DOUBT -> IN_DOUBT;
        case COMPLETED -> SERVER_ERROR;
      };
    }
  }

  private record Entry(List<UUID> ids, Outcome outcome) {}

  /** What the check found; every count but {@code checked} and {@code inDoubt} must be 0. */
  record Verdict(int checked, int inDoubt, int lost, int presentThoughNotSent, int presentThoughRefused, int partial, int unknownRows) {
    boolean clean() {
      return lost == 0 && presentThoughNotSent == 0 && presentThoughRefused == 0 && partial == 0 && unknownRows == 0;
    }
  }

  private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

  /** Records a write of the rows {@code ids}, all in one statement or one transaction. */
  void record(List<UUID> ids, Outcome outcome) {
    entries.add(new Entry(List.copyOf(ids), outcome));
  }

  /** Checks every recorded write against the ids of the rows the server holds. */
  Verdict check(Set<UUID> present) {
    int checked = 0;
    int inDoubt = 0;
    int lost = 0;
    int notSent = 0;
    int refused = 0;
    int partial = 0;
    int known = 0;
    for (Entry entry : entries) {
      checked++;
      long there = entry.ids().stream().filter(present::contains).count();
      known += (int) there;
      if (there != 0 && there != entry.ids().size()) {
        partial++;
      }
      switch (entry.outcome()) {
        case OK -> lost += there == 0 ? 1 : 0;
        case NOT_SENT -> notSent += there > 0 ? 1 : 0;
        case SERVER_ERROR -> refused += there > 0 ? 1 : 0;
        case IN_DOUBT -> inDoubt++;
      }
    }
    return new Verdict(checked, inDoubt, lost, notSent, refused, partial, present.size() - known);
  }
}
