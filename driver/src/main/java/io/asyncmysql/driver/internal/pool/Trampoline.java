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

  /** The tasks waiting behind the running one, on threads that are running tasks. */
  private final ThreadLocal<ArrayDeque<Runnable>> queued = new ThreadLocal<>();

  @Override
  public void execute(Runnable task) {
    ArrayDeque<Runnable> tasks = queued.get();
    if (tasks != null) {
      tasks.add(task);
      return;
    }
    tasks = new ArrayDeque<>(2);
    queued.set(tasks);
    try {
      for (Runnable next = task; next != null; next = tasks.poll()) {
        try {
          next.run();
        } catch (RuntimeException | Error e) {
          LOG.log(System.Logger.Level.ERROR, "pool task failed", e);
        }
      }
    } finally {
      queued.remove();
    }
  }
}
