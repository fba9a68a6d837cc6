package io.asyncmysql.protocol.fuzz;

import java.util.List;

/**
 * The choices a target makes for one input besides its bytes (a session, a column, a protocol),
 * packed into one non-negative int in mixed radix, so that a failure report names them as a number.
 * The first choice is the one a {@link Seed} may fix.
 */
final class Choices {
  private final int packed;
  private int rest;

  Choices(int packed) {
    this.packed = packed & Integer.MAX_VALUE;
    this.rest = this.packed;
  }

  /** The next choice, from 0 to {@code bound - 1}. */
  int next(int bound) {
    int choice = rest % bound;
    rest /= bound;
    return choice;
  }

  /** The next choice among {@code options}. */
  <T> T next(List<T> options) {
    return options.get(next(options.size()));
  }

  /** Whether the next choice, out of {@code outOf}, is 0: a rare branch when {@code outOf} is large. */
  boolean rarely(int outOf) {
    return next(outOf) == 0;
  }

  @Override
  public String toString() {
    return Integer.toString(packed);
  }
}
