package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Timeouts, cancellation and killed sessions. A statement that would run for ten minutes must be
 * stopped on the server: the follow-up query is bounded by a one-minute liveness limit, not timed.
 */
@ExtendWith(MySqlExtension.class)
class CancellationIT {
  private static final long LIVENESS_SECONDS = 60;

  @Test
  void aQueryTimeoutFailsTheQueryKillsItAndKeepsTheConnection(TestServer server) {
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?queryTimeout=300ms").join();
    try {
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT SLEEP(600)").join());
      MySqlTimeoutException timeout = assertInstanceOf(MySqlTimeoutException.class, e.getCause());
      assertEquals(MySqlTimeoutException.Kind.QUERY, timeout.kind());
      assertEquals(MySqlException.Delivery.IN_DOUBT, timeout.delivery());
      assertEquals(1, followUp(conn));
    } finally {
      conn.close().join();
    }
  }

  @Test
  void cancellingAQueryKillsItAndKeepsTheConnection(TestServer server) {
    MySqlConnection conn = MySqlConnection.connect(server.url()).join();
    try {
      CompletableFuture<RowSet> sleeping = conn.query("SELECT SLEEP(600)");
      CompletableFuture<RowSet> prepared = conn.query("SELECT SLEEP(?)", 600);
      awaitRunning(server, conn.connectionId());
      assertTrue(sleeping.cancel(true));
      assertTrue(prepared.cancel(true));
      assertThrows(CancellationException.class, sleeping::join);
      assertEquals(1, followUp(conn));
    } finally {
      conn.close().join();
    }
  }

  @Test
  void aCancelledQueryThatWasNotSentIsDropped(TestServer server) {
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?pipeliningLimit=1").join();
    try {
      CompletableFuture<RowSet> first = conn.query("SELECT SLEEP(0.2)");
      CompletableFuture<RowSet> queued = conn.query("INSERT INTO no_such_table VALUES (1)");
      queued.cancel(true);
      first.join();
      assertEquals(1, followUp(conn));
    } finally {
      conn.close().join();
    }
  }

  @Test
  void aKilledSessionFailsItsPendingCommandsAtOnce(RunningServer running) {
    TestServer server = running.server();
    MySqlConnection conn = MySqlConnection.connect(server.url()).join();
    CompletableFuture<RowSet> sleeping = conn.query("SELECT SLEEP(600)");
    CompletableFuture<RowSet> behind = conn.query("SELECT 2");
    awaitRunning(server, conn.connectionId());

    running.execute("KILL " + conn.connectionId());

    CompletionException e = assertThrows(CompletionException.class,
        () -> sleeping.orTimeout(LIVENESS_SECONDS, TimeUnit.SECONDS).join());
    assertInstanceOf(MySqlException.class, e.getCause());
    CompletionException second = assertThrows(CompletionException.class, () -> behind.orTimeout(LIVENESS_SECONDS, TimeUnit.SECONDS).join());
    assertInstanceOf(ConnectionClosedException.class, second.getCause());
    assertFalse(awaitClosed(conn));
    CompletionException later = assertThrows(CompletionException.class, () -> conn.query("SELECT 3").join());
    assertEquals(MySqlException.Delivery.NOT_SENT, assertInstanceOf(ConnectionClosedException.class, later.getCause()).delivery());
  }

  private static int followUp(MySqlConnection conn) {
    return conn.query("SELECT 1").orTimeout(LIVENESS_SECONDS, TimeUnit.SECONDS).join().get(0).get(0, Integer.class);
  }

  /** Waits until the server runs a statement for the connection. */
  private static void awaitRunning(TestServer server, long connectionId) {
    MySqlConnection admin = MySqlConnection.connect(server.url()).join();
    try {
      for (int i = 0; i < 600; i++) {
        long running = admin.query("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND INFO LIKE 'SELECT SLEEP%'",
            connectionId).join().get(0).get(0, Long.class);
        if (running > 0) {
          return;
        }
        sleep();
      }
      throw new AssertionError("connection " + connectionId + " never ran its statement");
    } finally {
      admin.close().join();
    }
  }

  private static boolean awaitClosed(MySqlConnection conn) {
    for (int i = 0; i < 600 && conn.isOpen(); i++) {
      sleep();
    }
    return conn.isOpen();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
