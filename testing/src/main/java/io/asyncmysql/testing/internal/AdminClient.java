package io.asyncmysql.testing.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A deliberately small, blocking MySQL client for administering test servers: log in with {@code
 * mysql_native_password} or {@code caching_sha2_password} (fast path), run statements, read text
 * results. The testing module must not depend on the driver it tests, so it speaks the few packets it
 * needs itself.
 */
public final class AdminClient implements AutoCloseable {
  private static final long CLIENT_LONG_PASSWORD = 1;
  private static final long CLIENT_PROTOCOL_41 = 0x200;
  private static final long CLIENT_TRANSACTIONS = 0x2000;
  private static final long CLIENT_SECURE_CONNECTION = 0x8000;
  private static final long CLIENT_MULTI_RESULTS = 0x20000;
  private static final long CLIENT_PLUGIN_AUTH = 0x80000;
  private static final int UTF8MB4_GENERAL_CI = 45;
  private static final int COM_QUIT = 0x01;
  private static final int COM_QUERY = 0x03;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final Greeting greeting;

  private AdminClient(Socket socket, Greeting greeting) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
    this.greeting = greeting;
  }

  /**
   * Connects and logs in.
   *
   * @throws UncheckedIOException when the server cannot be reached or refuses the login
   */
  public static AdminClient connect(String host, int port, String user, String password, Duration timeout) {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      DataInputStream in = new DataInputStream(socket.getInputStream());
      AdminClient client = new AdminClient(socket, Greeting.read(in));
      client.login(user, password);
      return client;
    } catch (IOException | RuntimeException e) {
      closeQuietly(socket);
      throw new UncheckedIOException(
          new IOException("cannot log in to " + host + ":" + port + " as " + user + ": " + e.getMessage(), e));
    }
  }

  /** The server's version string. */
  public String serverVersion() {
    return greeting.serverVersion();
  }

  /** Runs a statement whose result is ignored; a server error becomes an exception with its message. */
  public void execute(String sql) {
    query(sql);
  }

  /**
   * Runs a statement and returns its rows as strings ({@code null} for SQL NULL); empty for
   * statements without a result set.
   */
  public List<List<String>> query(String sql) {
    try {
      byte[] sqlBytes = sql.getBytes(StandardCharsets.UTF_8);
      byte[] payload = new byte[1 + sqlBytes.length];
      payload[0] = COM_QUERY;
      System.arraycopy(sqlBytes, 0, payload, 1, sqlBytes.length);
      Packets.write(out, 0, payload);
      return readResult(sql);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<List<String>> readResult(String sql) throws IOException {
    byte[] first = Packets.read(in).payload();
    int header = first.length == 0 ? -1 : first[0] & 0xFF;
    if (header == 0xFF) {
      throw new IllegalStateException(Packets.errorMessage(first) + " in: " + sql);
    }
    if (header == 0x00) {
      return List.of();
    }
    int columns = (int) new Packets.Reader(first).lenEncInt();
    for (int i = 0; i < columns; i++) {
      Packets.read(in);
    }
    Packets.read(in); // EOF after the column definitions
    List<List<String>> rows = new ArrayList<>();
    for (byte[] row; !isEof(row = Packets.read(in).payload()); ) {
      if ((row[0] & 0xFF) == 0xFF) {
        throw new IllegalStateException(Packets.errorMessage(row) + " in: " + sql);
      }
      Packets.Reader r = new Packets.Reader(row);
      List<String> values = new ArrayList<>(columns);
      for (int i = 0; i < columns; i++) {
        values.add(r.lenEncString());
      }
      rows.add(values);
    }
    return rows;
  }

  private static boolean isEof(byte[] payload) {
    return payload.length > 0 && payload.length < 9 && (payload[0] & 0xFF) == 0xFE;
  }

  private void login(String user, String password) throws IOException {
    String plugin = greeting.authPlugin();
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    long capabilities =
        CLIENT_LONG_PASSWORD | CLIENT_PROTOCOL_41 | CLIENT_TRANSACTIONS | CLIENT_SECURE_CONNECTION
            | CLIENT_MULTI_RESULTS | CLIENT_PLUGIN_AUTH;
    writeInt4(response, capabilities);
    writeInt4(response, 16 << 20);
    response.write(UTF8MB4_GENERAL_CI);
    response.write(new byte[23]);
    response.write(user.getBytes(StandardCharsets.UTF_8));
    response.write(0);
    byte[] auth = scramble(plugin, password, greeting.nonce());
    response.write(auth.length);
    response.write(auth);
    response.write(plugin.getBytes(StandardCharsets.UTF_8));
    response.write(0);
    Packets.write(out, 1, response.toByteArray());
    for (; ; ) {
      Packets.Packet packet = Packets.read(in);
      byte[] payload = packet.payload();
      int header = payload.length == 0 ? -1 : payload[0] & 0xFF;
      switch (header) {
        case 0x00 -> {
          return;
        }
        case 0xFF -> throw new IOException(Packets.errorMessage(payload));
        case 0xFE -> {
          Packets.Reader r = new Packets.Reader(payload);
          r.skip(1);
          plugin = r.nulString();
          byte[] nonce = r.rest();
          Packets.write(out, packet.sequenceId() + 1, scramble(plugin, password, nonce));
        }
        case 0x01 -> {
          if (payload.length != 2 || payload[1] != 0x03) {
            throw new IOException(
                "the server asks for full " + plugin + " authentication, which this admin client does not do:"
                    + " use an account whose password it has cached, or an account without a password");
          }
        }
        default -> throw new IOException("unexpected authentication packet 0x" + Integer.toHexString(header));
      }
    }
  }

  private static byte[] scramble(String plugin, String password, byte[] nonce) throws IOException {
    if (password.isEmpty()) {
      return new byte[0];
    }
    byte[] pw = password.getBytes(StandardCharsets.UTF_8);
    byte[] salt = nonce.length > 20 ? Arrays.copyOf(nonce, 20) : nonce;
    return switch (plugin) {
      case "mysql_native_password" -> {
        byte[] stage1 = digest("SHA-1", pw);
        yield xor(stage1, digest("SHA-1", salt, digest("SHA-1", stage1)));
      }
      case "caching_sha2_password" -> {
        byte[] stage1 = digest("SHA-256", pw);
        yield xor(stage1, digest("SHA-256", digest("SHA-256", stage1), salt));
      }
      default -> throw new IOException("authentication plugin " + plugin + " is not supported by the admin client");
    };
  }

  private static byte[] digest(String algorithm, byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      for (byte[] part : parts) {
        md.update(part);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] xor(byte[] a, byte[] b) {
    byte[] r = new byte[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = (byte) (a[i] ^ b[i]);
    }
    return r;
  }

  private static void writeInt4(ByteArrayOutputStream out, long value) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (value >>> (8 * i)));
    }
  }

  @Override
  public void close() {
    try {
      Packets.write(out, 0, new byte[] {COM_QUIT});
    } catch (IOException ignored) {
      // The server may already be gone; closing the socket is all that matters.
    } finally {
      closeQuietly(socket);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Nothing more to release.
    }
  }
}
