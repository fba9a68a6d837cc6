package io.asyncmysql.driver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlServerException;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VirtualThreadsTest {
  @Test
  void awaitParksAVirtualThreadUntilTheFutureCompletes() throws Exception {
    CompletableFuture<String> future = new CompletableFuture<>();
    CompletableFuture<String> seen = VirtualThreads.async(() -> VirtualThreads.await(future));
    Thread.sleep(20);
    assertTrue(!seen.isDone());
    future.complete("done");
    assertEquals("done", seen.get(10, TimeUnit.SECONDS));
  }

  @Test
  void awaitMapsADriverFailureToAnSqlException() {
    CompletableFuture<String> failed = CompletableFuture.failedFuture(new MySqlServerException(1062, "23000", "Duplicate entry '1' for key 'PRIMARY'"));
    SQLIntegrityConstraintViolationException e = assertThrows(SQLIntegrityConstraintViolationException.class, () -> VirtualThreads.await(failed));
    assertEquals("23000", e.getSQLState());
    assertEquals(1062, e.getErrorCode());
    assertInstanceOf(MySqlServerException.class, e.getCause());
  }

  @Test
  void awaitGivesUpAfterATimeout() {
    SQLTimeoutException e = assertThrows(SQLTimeoutException.class, () -> VirtualThreads.await(new CompletableFuture<>(), 1_000_000));
    assertEquals("HYT00", e.getSQLState());
  }

  @Test
  void anInterruptedAwaitKeepsTheFlagAndCancelsTheFuture() throws Exception {
    CompletableFuture<String> future = new CompletableFuture<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread thread = Thread.ofVirtual().start(() -> {
      try {
        VirtualThreads.await(future);
      } catch (Throwable t) {
        thrown.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    Thread.sleep(20);
    thread.interrupt();
    thread.join();
    SQLException e = assertInstanceOf(SQLException.class, thrown.get());
    assertEquals("HY008", e.getSQLState());
    assertTrue(flag.get());
    assertTrue(future.isCancelled());
  }

  @Test
  void awaitFailsFastOnAnEventLoopThread() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("asyncmysql-test", true), NioIoHandler.newFactory());
    try {
      CompletableFuture<Throwable> thrown = new CompletableFuture<>();
      group.next().execute(() -> {
        try {
          VirtualThreads.await(CompletableFuture.completedFuture(1));
          thrown.complete(null);
        } catch (Throwable t) {
          thrown.complete(t);
        }
      });
      IllegalStateException e = assertInstanceOf(IllegalStateException.class, thrown.get(10, TimeUnit.SECONDS));
      assertTrue(e.getMessage().startsWith("blocking call on event loop thread asyncmysql-test"), e.getMessage());
      assertTrue(e.getMessage().endsWith("; use the CompletableFuture API"), e.getMessage());
    } finally {
      group.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
    }
  }

  @Test
  void asyncRunsBlockingCodeOnAVirtualThread() throws Exception {
    CompletableFuture<Boolean> virtual = VirtualThreads.async(() -> Thread.currentThread().isVirtual());
    assertTrue(virtual.get(10, TimeUnit.SECONDS));
    CompletableFuture<Object> failing = VirtualThreads.async(() -> {
      throw new SQLException("boom");
    });
    CompletionException e = assertThrows(CompletionException.class, failing::join);
    assertEquals("boom", e.getCause().getMessage());
  }

  @Test
  void cancellingAnAsyncFutureInterruptsItsThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
    CompletableFuture<Object> running = VirtualThreads.async(() -> {
      started.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.complete(true);
      }
      return null;
    });
    started.await();
    running.cancel(true);
    assertTrue(interrupted.get(10, TimeUnit.SECONDS));
  }
}
