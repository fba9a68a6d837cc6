package io.asyncmysql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The TechEmpower endpoints over HTTP, on an ephemeral port, against the test server. */
@ExtendWith(MySqlExtension.class)
class TechEmpowerIT {
  private static final Pattern WORLD = Pattern.compile("\\{\"id\":(\\d+),\"randomNumber\":(\\d+)}");
  private static final Pattern ROW = Pattern.compile("<tr><td>(\\d+)</td><td>([^<]*)</td></tr>");

  private static MySqlConnection conn;
  private static MySqlPool pool;
  private static TechEmpowerServer http;
  private static HttpClient client;

  @BeforeAll
  static void start(@FreshDatabase TestServer server) throws IOException {
    conn = MySqlConnection.connect(server.url()).join();
    Schema.createBenchmarkTables(conn);
    pool = MySqlPool.create(DemoRun.withParameters(server.url(), "maxSize=4"));
    http = TechEmpowerServer.start(pool.dataSource(), 0);
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    http.close();
    pool.close().join();
    Schema.drop(conn);
    conn.close().join();
  }

  @Test
  void dbReturnsOneRandomRowAsJson() throws Exception {
    HttpResponse<String> response = get("/db");
    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    List<World> rows = worlds(response.body());
    assertEquals(1, rows.size(), response.body());
    assertEquals(response.body(), rows.get(0).toJson());
    assertStored(rows.get(0));
  }

  @Test
  void queriesReturnsTheRowsAskedForBetweenOneAndFiveHundred() throws Exception {
    Map<String, Integer> expected = Map.of("?n=20", 20, "?n=0", 1, "?n=501", 500, "?n=abc", 1, "", 1);
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      HttpResponse<String> response = get("/queries" + e.getKey());
      assertEquals(200, response.statusCode());
      assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
      List<World> rows = worlds(response.body());
      assertEquals(e.getValue(), rows.size(), e.getKey());
      assertEquals(World.toJson(rows), response.body());
    }
    for (World row : worlds(get("/queries?n=5").body())) {
      assertStored(row);
    }
  }

  @Test
  void updatesWritesNewNumbersBack() throws Exception {
    HttpResponse<String> response = get("/updates?n=10");
    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    List<World> rows = worlds(response.body());
    assertEquals(10, rows.size());
    assertEquals(World.toJson(rows), response.body());
    Map<Integer, World> lastById = new HashMap<>();
    rows.forEach(row -> lastById.put(row.id(), row));
    lastById.values().forEach(TechEmpowerIT::assertStored);
  }

  @Test
  void fortunesAreSortedAndEscaped() throws Exception {
    HttpResponse<String> response = get("/fortunes");
    assertEquals(200, response.statusCode());
    assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    String body = response.body();
    assertTrue(body.startsWith("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>"
        + "<tr><td>11</td><td>&lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);&lt;/script&gt;</td></tr>"), body);
    assertTrue(body.endsWith("</table></body></html>"), body);
    List<String> messages = new ArrayList<>();
    Matcher row = ROW.matcher(body);
    while (row.find()) {
      messages.add(unescape(row.group(2)));
    }
    assertEquals(13, messages.size(), body);
    assertEquals(messages.stream().sorted().toList(), messages);
    assertTrue(messages.contains(FortunesPage.ADDED));
    assertTrue(messages.contains("フレームワークのベンチマーク"), body);
    assertTrue(body.contains("<tr><td>2</td><td>A computer scientist is someone who fixes things that aren&#39;t broken.</td></tr>"), body);
  }

  @Test
  void anUnknownPathIsNotFound() throws Exception {
    assertEquals(404, get("/dbx").statusCode());
    assertEquals(404, get("/").statusCode());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + http.port() + path);
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<World> worlds(String json) {
    List<World> rows = new ArrayList<>();
    Matcher m = WORLD.matcher(json);
    while (m.find()) {
      World row = new World(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      assertTrue(row.id() >= 1 && row.id() <= Schema.WORLD_ROWS, json);
      rows.add(row);
    }
    return rows;
  }

  private static void assertStored(World row) {
    assertEquals(row.randomNumber(), conn.query("SELECT randomNumber FROM World WHERE id = ?", row.id()).join().get(0).get(0, Integer.class));
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
