package io.asyncmysql.benchmarks.compare;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.asyncmysql.examples.FortunesPage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W6: TechEmpower's {@code /queries?n=} and {@code /fortunes} (and {@code /updates?n=}) served by a
 * JDK {@link HttpServer} on virtual threads over the contestant's statements, loaded with {@code wrk}.
 */
final class TechEmpower implements AutoCloseable {
  private static final int WRK_CONNECTIONS = 64;

  private final Contestant contestant;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  private TechEmpower(Contestant contestant) throws IOException {
    this.contestant = contestant;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.createContext("/queries", this::queries);
    server.createContext("/updates", this::updates);
    server.createContext("/fortunes", this::fortunes);
    server.setExecutor(executor);
    server.start();
  }

  /** Warms up and measures both endpoints with wrk; puts their requests per second and wrk's error count. */
  static void measure(Contestant contestant, Effort effort, Map<String, Double> figures) throws Exception {
    try (TechEmpower app = new TechEmpower(contestant)) {
      String base = "http://127.0.0.1:" + app.server.getAddress().getPort();
      double errors = 0;
      for (String[] endpoint : new String[][] {{"queriesPerSec", "/queries?n=20"}, {"fortunesPerSec", "/fortunes"}}) {
        String url = base + endpoint[1];
        Wrk.run(url, WRK_CONNECTIONS, effort.warmUp());
        Wrk.Outcome outcome = Wrk.run(url, WRK_CONNECTIONS, effort.measure());
        figures.put(endpoint[0], outcome.requestsPerSecond());
        errors += outcome.errors();
      }
      figures.put("errors", errors);
    }
  }

  private void queries(HttpExchange exchange) throws IOException {
    int n = count(exchange.getRequestURI());
    List<CompletableFuture<Integer>> selects = new ArrayList<>(n);
    int[] ids = randomIds(n);
    for (int id : ids) {
      selects.add(contestant.selectWorld(id).toCompletableFuture());
    }
    StringBuilder json = new StringBuilder(n * 32).append('[');
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(ids[i]).append(",\"randomNumber\":").append(selects.get(i).join()).append('}');
    }
    respond(exchange, "application/json", json.append(']').toString());
  }

  private void updates(HttpExchange exchange) throws IOException {
    int n = count(exchange.getRequestURI());
    int[] ids = randomIds(n);
    List<CompletableFuture<Integer>> selects = new ArrayList<>(n);
    for (int id : ids) {
      selects.add(contestant.selectWorld(id).toCompletableFuture());
    }
    List<Contestant.World> worlds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      selects.get(i).join();
      worlds.add(new Contestant.World(ids[i], ThreadLocalRandom.current().nextInt(1, Data.WORLD_ROWS + 1)));
    }
    worlds.sort(Comparator.comparingInt(Contestant.World::id));
    contestant.updateWorlds(worlds).toCompletableFuture().join();
    StringBuilder json = new StringBuilder(n * 32).append('[');
    for (int i = 0; i < n; i++) {
      Contestant.World w = worlds.get(i);
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(w.id()).append(",\"randomNumber\":").append(w.randomNumber()).append('}');
    }
    respond(exchange, "application/json", json.append(']').toString());
  }

  private void fortunes(HttpExchange exchange) throws IOException {
    respond(exchange, "text/html; charset=utf-8", FortunesPage.render(contestant.fortunes().toCompletableFuture().join()));
  }

  /** TechEmpower's rule: {@code n} clamped to 1..500, 1 when missing or not a number. */
  private static int count(URI uri) {
    String query = uri.getRawQuery();
    if (query == null || !query.startsWith("n=")) {
      return 1;
    }
    try {
      return Math.clamp(Integer.parseInt(query.substring(2)), 1, 500);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static int[] randomIds(int n) {
    return ThreadLocalRandom.current().ints(n, 1, Data.WORLD_ROWS + 1).toArray();
  }

  private static void respond(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Server", "compare");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }
}
