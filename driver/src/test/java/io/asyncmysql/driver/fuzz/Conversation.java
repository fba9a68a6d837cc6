package io.asyncmysql.driver.fuzz;

import java.util.List;

/**
 * What a server sent on one connection, cut where it waited for the client.
 *
 * @param name what the client did, for reports
 * @param segments the server's bytes in turns
 */
record Conversation(String name, List<Segment> segments) {
  /**
   * One turn of the server.
   *
   * @param clientPackets how many packets the client had sent, in all, before the server sent this
   * @param bytes what the server sent
   */
  record Segment(int clientPackets, byte[] bytes) {}

  Conversation {
    segments = List.copyOf(segments);
  }

  /** The server's bytes, all turns together. */
  int length() {
    return segments.stream().mapToInt(s -> s.bytes().length).sum();
  }
}
