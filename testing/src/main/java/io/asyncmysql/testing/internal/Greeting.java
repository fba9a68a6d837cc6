package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.Flavour;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;

/**
 * The facts this module needs from a server's Initial Handshake packet (protocol 10), read with
 * plain sockets so that the testing module does not depend on the driver it tests.
 *
 * @param protocolVersion always 10 for the servers we support
 * @param serverVersion the version string, e.g. {@code 10.11.19-MariaDB-0+deb12u1} (without MariaDB's
 *     {@code 5.5.5-} prefix)
 * @param connectionId the server's id for this connection
 * @param capabilities the lower 32 capability bits the server offers
 * @param nonce the 20-byte scramble for authentication
 * @param authPlugin the authentication plugin the server proposes
 */
record Greeting(
    int protocolVersion, String serverVersion, long connectionId, long capabilities, byte[] nonce, String authPlugin) {
  /** MariaDB prefixes its version with this for old replication clients; it is not the version. */
  private static final String MARIADB_REPLICATION_PREFIX = "5.5.5-";

  /** Connects, reads the greeting, and closes the socket. */
  static Greeting probe(String host, int port, Duration timeout) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      return read(new DataInputStream(socket.getInputStream()));
    }
  }

  /** Reads the greeting packet from a fresh connection's stream. */
  static Greeting read(DataInputStream in) throws IOException {
    byte[] payload = Packets.read(in).payload();
    if (payload.length > 0 && (payload[0] & 0xFF) == 0xFF) {
      throw new IOException("server refused the connection: " + Packets.errorMessage(payload));
    }
    Packets.Reader r = new Packets.Reader(payload);
    int protocol = r.int1();
    if (protocol != 10) {
      throw new IOException("greeting: protocol " + protocol + " (expected: 10)");
    }
    String version = r.nulString();
    if (version.startsWith(MARIADB_REPLICATION_PREFIX) && Flavour.ofVersion(version) == Flavour.MARIADB) {
      version = version.substring(MARIADB_REPLICATION_PREFIX.length());
    }
    long connectionId = r.int4();
    byte[] part1 = r.bytes(8);
    r.skip(1);
    long capabilities = r.int2();
    r.skip(1 + 2);
    capabilities |= (long) r.int2() << 16;
    int authDataLength = r.int1();
    r.skip(10);
    byte[] part2 = r.bytes(Math.max(13, authDataLength - 8));
    String plugin = r.remaining() > 0 ? r.nulString() : "mysql_native_password";
    byte[] nonce = Arrays.copyOf(part1, 20);
    System.arraycopy(part2, 0, nonce, 8, 12);
    return new Greeting(protocol, version, connectionId, capabilities, nonce, plugin);
  }

  @Override
  public String toString() {
    return "Greeting[protocol=" + protocolVersion + ", version=" + serverVersion + ", plugin=" + authPlugin + "]";
  }
}
