package io.asyncmysql.examples;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.RunningServer;
import io.asyncmysql.testing.TestServers;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The demo ({@code scripts/demo}). With no argument it starts the embedded test server, runs the
 * steps of {@link DemoRun} at full scale, prints what ran as a table and stops the server. {@code
 * --url mysql://...} runs against the user's server instead; {@code --serve PORT} serves the
 * TechEmpower database endpoints until the JVM is stopped.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   * @param args {@code [--url mysql://user:password@host:port/database] [--serve PORT]}
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    DemoArguments arguments;
    try {
      arguments = DemoArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(DemoArguments.USAGE);
      System.exit(2);
      return;
    }
    PrintStream out = System.out;
    if (arguments.url() != null) {
      run(arguments, arguments.url(), out);
      return;
    }
    out.println("starting the embedded test server (no Docker, no set-up)");
    try (RunningServer running = TestServers.start()) {
      out.println("server: " + running.server());
      run(arguments, running.server().url(), out);
    }
  }

  private static void run(DemoArguments arguments, String url, PrintStream out) throws IOException, InterruptedException {
    if (arguments.servePort() >= 0) {
      serve(url, arguments.servePort(), arguments.url() != null, out);
      return;
    }
    List<StepResult> results = DemoRun.run(url, DemoScale.FULL, out);
    out.println();
    out.print(ResultTable.format(results));
    long failures = results.stream().mapToLong(StepResult::failures).sum();
    if (failures > 0) {
      throw new IllegalStateException(failures + " operations failed (see the table's notes)");
    }
  }

  /**
   * Creates the benchmark tables and serves until the JVM is stopped; then drops them when asked (an
   * embedded server is being stopped by then, and its data deleted).
   */
  private static void serve(String url, int port, boolean dropTables, PrintStream out) throws IOException, InterruptedException {
    MySqlConnection admin = MySqlConnection.connect(url).join();
    Schema.requireAbsent(admin);
    Schema.createBenchmarkTables(admin);
    MySqlPool pool = MySqlPool.create(DemoRun.withParameters(url, DemoRun.POOL_PARAMETERS));
    TechEmpowerServer http = TechEmpowerServer.start(pool.dataSource(), port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      http.close();
      pool.close().join();
      if (dropTables) {
        Schema.drop(admin);
      }
      admin.close().join();
      stopped.countDown();
    }, "demo-shutdown"));
    out.printf("serving http://localhost:%d/db, /queries?n=20, /updates?n=20, /fortunes; Ctrl-C to stop%n", http.port());
    stopped.await();
  }
}
