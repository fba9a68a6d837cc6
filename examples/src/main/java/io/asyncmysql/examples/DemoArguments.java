package io.asyncmysql.examples;

/**
 * The demo's command line: {@code [--url mysql://...] [--serve PORT]}.
 *
 * @param url the user's server, or {@code null} for the embedded one
 * @param servePort the port of the web service, or -1 to run the demo's steps instead
 */
record DemoArguments(String url, int servePort) {
  static final String USAGE = """
      usage: scripts/demo [--url mysql://user:password@host:port/database] [--serve PORT]
        (no option)  start the embedded test server, run the demo's steps, print a table, stop
        --url URL    use this server instead; the demo creates and drops its own tables in the URL's database
        --serve PORT serve the TechEmpower endpoints /db, /queries?n=, /updates?n=, /fortunes until Ctrl-C""";

  /**
   * Parses the arguments.
   * @throws IllegalArgumentException for an unknown option or a missing or bad value
   */
  static DemoArguments parse(String... args) {
    String url = null;
    int port = -1;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (!option.equals("--url") && !option.equals("--serve")) {
        throw new IllegalArgumentException("option: " + option + " (expected: --url or --serve)");
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(option + ": missing value");
      }
      String value = args[++i];
      if (option.equals("--url")) {
        if (!value.startsWith("mysql://")) {
          throw new IllegalArgumentException("--url: " + value + " (expected: mysql://user:password@host:port/database)");
        }
        url = value;
      } else {
        port = parsePort(value);
      }
    }
    return new DemoArguments(url, port);
  }

  private static int parsePort(String value) {
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--serve: " + value + " (expected: a port from 0 to 65535)");
    }
    return port;
  }
}
