package io.asyncmysql.driver.internal.pool;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on the calling thread, one at a time: a task submitted while another runs (on any
 * thread, or by that task itself) is queued and run by the thread already running tasks, after it.
 *
 * <p>The pool completes borrowers' futures through it. A borrower's callback often gives its
 * connection back at once, which lends it to the next borrower, whose callback does the same: run
 * directly, ten thousand waiters would nest ten thousand calls deep.
 */
final class Trampoline implements Executor {
  private static final System.Logger LOG = System.getLogger("io.asyncmysql.driver.pool");

  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    if (queued.getAndIncrement() != 0) {
      return;
    }
    do {
      try {
        tasks.poll().run();
      } catch (RuntimeException | Error e) {
        LOG.log(System.Logger.Level.ERROR, "pool task failed", e);
      }
    } while (queued.decrementAndGet() != 0);
  }
}
