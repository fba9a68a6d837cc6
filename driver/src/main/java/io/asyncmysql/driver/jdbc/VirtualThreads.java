package io.asyncmysql.driver.jdbc;

import io.netty.channel.EventLoop;
import io.netty.util.internal.ThreadExecutorMap;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bridge between blocking-style code and the driver's futures, as greenlets were for Tornado:
 * {@link #await} waits for a future, parking a virtual thread (its carrier and the Netty event loop
 * stay free) or blocking a platform thread; {@link #async} runs blocking code on a new virtual
 * thread and returns a future of its result.
 *
 * <pre>{@code
 * CompletableFuture<Integer> count = VirtualThreads.async(() -> {
 *   try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
 *        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM product")) {
 *     rs.next();
 *     return rs.getInt(1);
 *   }
 * });
 * }</pre>
 */
public final class VirtualThreads {
  private VirtualThreads() {}

  /**
   * Waits for a stage to complete and returns its result: the one place where the JDBC adapter
   * blocks. A driver failure becomes the {@link SQLException} subclass its SQLSTATE calls for.
   *
   * @param stage the stage to wait for
   * @return its result
   * @throws IllegalStateException when called on a Netty event-loop thread, where waiting would
   *     stall every connection of that loop (even when the stage is already complete, so that the
   *     mistake shows at once)
   * @throws SQLException when the stage fails, is cancelled, or the thread is interrupted while
   *     waiting (the interrupt flag stays set and the future is cancelled)
   */
  public static <T> T await(CompletionStage<T> stage) throws SQLException {
    return await(stage, 0);
  }

  /**
   * Like {@link #await(CompletionStage)}, giving up after {@code timeoutNanos} with an {@link
   * SQLTimeoutException}; 0 waits without limit. The command the stage stands for is not cancelled.
   */
  static <T> T await(CompletionStage<T> stage, long timeoutNanos) throws SQLException {
    Objects.requireNonNull(stage, "stage");
    rejectEventLoop();
    CompletableFuture<T> future = stage.toCompletableFuture();
    try {
      return timeoutNanos > 0 ? future.get(timeoutNanos, TimeUnit.NANOSECONDS) : future.get();
    } catch (ExecutionException e) {
      throw SqlExceptions.of(e.getCause());
    } catch (CancellationException | TimeoutException e) {
      throw SqlExceptions.of(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(false);
      throw new SQLException("interrupted while waiting for the server", "HY008", e);
    }
  }

  /**
   * Runs blocking code on a new virtual thread, the counterpart of {@link #await}: JDBC code becomes a
   * future without holding a platform thread. Cancelling the returned future interrupts the thread.
   *
   * @param block the code to run; its exception fails the future
   * @return a future of the block's result
   */
  public static <T> CompletableFuture<T> async(Callable<T> block) {
    Objects.requireNonNull(block, "block");
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = Thread.ofVirtual().name("jdbc-async").unstarted(() -> {
      try {
        result.complete(block.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        thread.interrupt();
      }
    });
    thread.start();
    return result;
  }

  /** Fails when the current thread is an event loop (the driver's or any other Netty loop). */
  private static void rejectEventLoop() {
    if (ThreadExecutorMap.currentExecutor() instanceof EventLoop) {
      throw new IllegalStateException(
          "blocking call on event loop thread " + Thread.currentThread().getName() + "; use the CompletableFuture API");
    }
  }
}
