package io.asyncmysql.driver.internal.pool;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * Runs tasks on the calling thread: a task submitted by a task running on the same thread is queued
 * and run after it, by that thread; tasks submitted on other threads run on theirs.
 *
 * <p>The pool completes borrowers' futures through it. A borrower's callback often gives its
 * connection back at once, which lends it to the next borrower, whose callback does the same: run
 * directly, ten thousand waiters would nest ten thousand calls deep. Each thread keeps its own tasks,
 * so that a borrower served by an event loop issues its statement from that loop, to the connection
 * that loop just gave back, rather than from whichever thread was draining a shared queue.
 */
final class Trampoline implements Executor {
  private static final System.Logger LOG = System.getLogger("io.asyncmysql.driver.pool");

  private final ThreadLocal<Tasks> tasks = ThreadLocal.withInitial(Tasks::new);

  /** One thread's tasks: whether it is running one, and those queued behind it. */
  private static final class Tasks {
    final ArrayDeque<Runnable> queued = new ArrayDeque<>(2);
    boolean running;
  }

  @Override
  public void execute(Runnable task) {
    Tasks mine = tasks.get();
    if (mine.running) {
      mine.queued.add(task);
      return;
    }
    mine.running = true;
    try {
      for (Runnable next = task; next != null; next = mine.queued.poll()) {
        try {
          next.run();
        } catch (RuntimeException | Error e) {
          LOG.log(System.Logger.Level.ERROR, "pool task failed", e);
        }
      }
    } finally {
      mine.running = false;
    }
  }
}
