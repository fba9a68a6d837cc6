package io.asyncmysql.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Starts a test server the way the tests find one and prints where it listens. With {@code --hold}
 * it keeps running until standard input closes (Ctrl-D) or the JVM is stopped (Ctrl-C); otherwise it
 * stops the server at once.
 */
public final class ServerMain {
  private ServerMain() {}

  /**
   * Runs the program.
   *
   * @param args {@code --hold} to keep the server up
   */
  public static void main(String[] args) throws IOException {
    boolean hold = args.length > 0 && args[0].equals("--hold");
    PrintStream out = System.out;
    try (RunningServer running = TestServers.start()) {
      TestServer server = running.server();
      out.println("asyncmysql test server: " + running);
      out.println("  flavour   " + server.flavour().id() + " " + server.version());
      out.println("  url       " + server.url());
      out.println("  jdbc      " + server.jdbcUrl());
      if (server.socket() != null) {
        out.println("  socket    " + server.socket());
      }
      server.caCertificate().ifPresent(ca -> out.println("  ca        " + ca));
      for (TestAccount account : server.accounts()) {
        out.println("  account   " + account + "  " + server.as(account).url());
      }
      if (hold) {
        out.println("running; close standard input (Ctrl-D) or press Ctrl-C to stop");
        System.in.transferTo(OutputStream.nullOutputStream());
      }
      out.println("stopping " + server);
    }
  }
}
