package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Options that change how a connection is made and where its futures complete. */
@ExtendWith(MySqlExtension.class)
class ConnectOptionsIT {
  @Test
  void anUnreachableHostFailsOverToTheNext(TestServer server) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MySqlConnectOptions options = MySqlConnectOptions.parse(server.url()).toBuilder()
        .hosts(List.of(new HostAndPort("127.0.0.1", closedPort), new HostAndPort(server.host(), server.port())))
        .build();
    MySqlConnection conn = MySqlConnection.connect(options).join();
    try {
      assertEquals(1, conn.query("SELECT 1").join().get(0).get(0, Integer.class));
    } finally {
      conn.close().join();
    }
  }

  @Test
  void anUnreachableServerFailsAsNotSent() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CompletionException e = assertThrows(CompletionException.class,
        () -> MySqlConnection.connect("mysql://root@127.0.0.1:" + closedPort + "/").join());
    ConnectionClosedException closed = assertInstanceOf(ConnectionClosedException.class, e.getCause());
    assertTrue(closed.isRetryable());
  }

  @Test
  void futuresCompleteOnTheConfiguredExecutor(TestServer server) {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "app-executor"));
    try {
      MySqlConnection conn = MySqlConnection.connect(MySqlConnectOptions.parse(server.url()).toBuilder().executor(executor).build()).join();
      try {
        // The statement outlasts the call to thenApply, so the callback runs where the future completes.
        String thread = conn.query("SELECT SLEEP(0.5)").thenApply(rows -> Thread.currentThread().getName()).join();
        assertEquals("app-executor", thread);
      } finally {
        conn.close().join();
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void theSessionTimeZoneIsSet(TestServer server) {
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?sessionTimeZone=%2B02:00").join();
    try {
      assertEquals("+02:00", conn.query("SELECT @@session.time_zone").join().get(0).get(0, String.class));
    } finally {
      conn.close().join();
    }
  }
}
