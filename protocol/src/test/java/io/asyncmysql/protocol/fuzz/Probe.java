package io.asyncmysql.protocol.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs the decode steps of one input: each step must return or throw one of the target's allowed
 * exceptions. Records what each step did, in full for comparing two runs of the same input, and as
 * a kind of outcome (the step and the result class, or the exception and the start of its message)
 * for counting distinct outcomes.
 */
final class Probe {
  private final Set<Class<? extends Throwable>> allowed;
  private final List<String> steps = new ArrayList<>();
  private final Set<String> kinds;

  /**
   * Creates a probe for one run of one input.
   *
   * @param allowed the exceptions a step may end in; their subclasses too
   * @param kinds where to add the kinds of outcome seen
   */
  Probe(Set<Class<? extends Throwable>> allowed, Set<String> kinds) {
    this.allowed = allowed;
    this.kinds = kinds;
  }

  /**
   * Runs one decode step.
   *
   * @param label what the step decodes, for the outcome
   * @return the step's result, or {@code null} when it ended in an allowed exception
   * @throws DisallowedOutcome when the step ended in any other throwable
   */
  <T> T attempt(String label, Callable<T> step) {
    T result;
    try {
      result = step.call();
    } catch (Throwable e) {
      if (!isAllowed(e)) {
        throw new DisallowedOutcome(label, e);
      }
      steps.add(label + " threw " + e.getClass().getName() + ": " + e.getMessage());
      kinds.add(label + " threw " + e.getClass().getSimpleName() + " " + gist(e.getMessage()));
      return null;
    }
    steps.add(label + " = " + Describe.of(result));
    kinds.add(label + " = " + (result == null ? "null" : result.getClass().getSimpleName()));
    return result;
  }

  /** What each step did, in order. */
  List<String> steps() {
    return steps;
  }

  private boolean isAllowed(Throwable e) {
    for (Class<? extends Throwable> type : allowed) {
      if (type.isInstance(e)) {
        return true;
      }
    }
    return false;
  }

  /** The part of a {@code what: value (expected: ...)} message that names what was wrong, digits masked. */
  private static String gist(String message) {
    if (message == null) {
      return "";
    }
    int colon = message.indexOf(':');
    String what = colon < 0 ? message : message.substring(0, colon);
    return what.substring(0, Math.min(what.length(), 60)).replaceAll("[0-9]+", "#");
  }

  /** A step ended in an exception its target does not allow, or in an error. */
  static final class DisallowedOutcome extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DisallowedOutcome(String label, Throwable cause) {
      super(label + " threw " + cause, cause);
    }
  }
}
