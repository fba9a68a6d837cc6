package io.asyncmysql.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * The four TechEmpower database endpoints — {@code /db}, {@code /queries?n=}, {@code /updates?n=},
 * {@code /fortunes} — on the JDK's HTTP server, one virtual thread per request, each running plain
 * JDBC on a {@link DataSource} (the pool's). Closing it stops the server.
 */
final class TechEmpowerServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(TechEmpowerServer.class.getName());
  private static final String JSON = "application/json";
  private static final String HTML = "text/html; charset=utf-8";

  private interface Endpoint {
    String respond(HttpExchange exchange) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService threads;

  private TechEmpowerServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Starts serving.
   * @param dataSource where the tables {@code World} and {@code Fortune} are
   * @param port the TCP port, 0 for any free one
   * @throws IOException when the port cannot be bound
   */
  static TechEmpowerServer start(DataSource dataSource, int port) throws IOException {
    WorldEndpoints world = new WorldEndpoints(dataSource);
    Fortunes fortunes = new Fortunes(dataSource);
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 1024);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(threads);
    route(server, "/db", JSON, exchange -> world.one().toJson());
    route(server, "/queries", JSON, exchange -> World.toJson(world.many(count(exchange))));
    route(server, "/updates", JSON, exchange -> World.toJson(world.update(count(exchange))));
    route(server, "/fortunes", HTML, exchange -> fortunes.page());
    server.createContext("/", exchange -> send(exchange, 404, "text/plain; charset=utf-8", "not found: " + exchange.getRequestURI().getPath()));
    server.start();
    return new TechEmpowerServer(server, threads);
  }

  /** The port it listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(1);
    threads.close();
  }

  /** The {@code n} query parameter clamped to 1..500; 1 when missing or not a number, as the benchmark asks. */
  static int count(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String parameter : query.split("&")) {
        if (parameter.startsWith("n=")) {
          try {
            return Math.clamp(Integer.parseInt(parameter.substring(2)), 1, 500);
          } catch (NumberFormatException e) {
            return 1;
          }
        }
      }
    }
    return 1;
  }

  private static void route(HttpServer server, String path, String contentType, Endpoint endpoint) {
    server.createContext(path, exchange -> {
      if (!exchange.getRequestURI().getPath().equals(path)) {
        send(exchange, 404, "text/plain; charset=utf-8", "not found: " + exchange.getRequestURI().getPath());
        return;
      }
      String body;
      try {
        body = endpoint.respond(exchange);
      } catch (Exception e) {
        LOG.log(Level.WARNING, path + " failed", e);
        send(exchange, 500, "text/plain; charset=utf-8", path + " failed: " + e);
        return;
      }
      send(exchange, 200, contentType, body);
    });
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Server", "asyncmysql");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
