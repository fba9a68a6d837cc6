package io.asyncmysql.benchmarks.compare;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP load generator {@code wrk}, run as a process: one thread, a fixed number of connections, slow responses counted rather than timed out. */
final class Wrk {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  private Wrk() {}

  /**
   * What wrk reported.
   *
   * @param requestsPerSecond completed requests per second
   * @param errors socket errors and responses that were not 2xx or 3xx
   */
  record Outcome(double requestsPerSecond, long errors) {}

  /** Whether {@code wrk} is on the PATH. */
  static boolean installed() {
    return Tools.installed("wrk");
  }

  static Outcome run(String url, int connections, Duration duration) throws IOException, InterruptedException {
    return parse(Tools.run("wrk", "-t1", "-c" + connections, "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "30s", url));
  }

  /** The rate and errors in wrk's report. */
  static Outcome parse(String out) throws IOException {
    Matcher rate = RATE.matcher(out);
    if (!rate.find()) {
      throw new IOException("wrk printed no rate:\n" + out);
    }
    long errors = 0;
    Matcher socket = SOCKET_ERRORS.matcher(out);
    if (socket.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Long.parseLong(socket.group(g));
      }
    }
    Matcher non2xx = NON_2XX.matcher(out);
    if (non2xx.find()) {
      errors += Long.parseLong(non2xx.group(1));
    }
    return new Outcome(Double.parseDouble(rate.group(1)), errors);
  }
}
