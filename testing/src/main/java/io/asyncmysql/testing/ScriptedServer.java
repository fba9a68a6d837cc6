package io.asyncmysql.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A MySQL server that plays a script, for the exchanges no real server produces on demand: forged
 * greetings, authentication switches to weak plugins, unsolicited {@code LOCAL INFILE} requests,
 * malformed or truncated packets. It listens on a free loopback port; each connection runs the
 * script on its own virtual thread, and every byte a client sends is recorded.
 *
 * <pre>{@code
 * try (ScriptedServer server = ScriptedServer.start(c -> {
 *   c.greeting(ScriptedServer.MYSQL_8_CAPABILITIES, "mysql_native_password");
 *   c.read();                                  // the handshake response
 *   c.ok();
 *   c.read();                                  // the first command
 *   c.send(0xFB, "/etc/passwd");               // ask for a file nobody asked to send
 * })) {
 *   ... connect to server.port() ...
 * }
 * }</pre>
 */
public final class ScriptedServer implements AutoCloseable {
  /** Capabilities of a MySQL 8 greeting: PROTOCOL_41, SECURE_CONNECTION, PLUGIN_AUTH, DEPRECATE_EOF, SSL and the usual rest. */
  public static final long MYSQL_8_CAPABILITIES = 0x01ffffffL & ~(1L << 11);
  /** The same with {@code CLIENT_SSL}. */
  public static final long MYSQL_8_CAPABILITIES_WITH_SSL = MYSQL_8_CAPABILITIES | (1L << 11);

  private final ServerSocket listener;
  private final List<byte[]> received = new CopyOnWriteArrayList<>();
  private final List<Throwable> scriptFailures = new CopyOnWriteArrayList<>();

  private ScriptedServer(ServerSocket listener) {
    this.listener = listener;
  }

  /**
   * Starts a server that plays {@code script} for every connection.
   *
   * @param script what the server does on one connection; an exception ends that connection
   */
  public static ScriptedServer start(Script script) {
    try {
      ScriptedServer server = new ScriptedServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      Thread.ofVirtual().name("scripted-server-accept").start(() -> server.accept(script));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The loopback port the server listens on. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Every byte clients sent, over all connections, in order of arrival per connection. */
  public byte[] received() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    received.forEach(all::writeBytes);
    return all.toByteArray();
  }

  /** Whether the clients sent {@code text} (as UTF-8) anywhere. */
  public boolean receivedText(String text) {
    return new String(received(), StandardCharsets.ISO_8859_1).contains(
        new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  /** Script failures other than the client hanging up, for tests to assert on. */
  public List<Throwable> scriptFailures() {
    return List.copyOf(scriptFailures);
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  private void accept(Script script) {
    while (!listener.isClosed()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException closed) {
        return;
      }
      Thread.ofVirtual().name("scripted-server-connection").start(() -> play(script, socket));
    }
  }

  private void play(Script script, Socket socket) {
    try (socket) {
      script.play(new Connection(socket.getInputStream(), socket.getOutputStream()));
    } catch (EOFException | java.net.SocketException hangUp) {
      // The client closed the connection: the usual end of a refused exchange.
    } catch (Exception | AssertionError e) {
      scriptFailures.add(e);
    }
  }

  /** What a scripted server does on one connection. */
  @FunctionalInterface
  public interface Script {
    /**
     * Plays the script.
     *
     * @param connection the connection to the client
     */
    void play(Connection connection) throws Exception;
  }

  /** One client connection, seen from the server: packets in, packets out. */
  public final class Connection {
    private final DataInputStream in;
    private final OutputStream out;
    private int sequence;

    Connection(InputStream in, OutputStream out) {
      this.in = new DataInputStream(new RecordingInputStream(in));
      this.out = out;
    }

    /**
     * Sends a protocol-10 greeting with a fixed 20-byte nonce.
     *
     * @param capabilities the capability flags to offer (lower and upper 16 bits of the 32)
     * @param plugin the authentication plugin to propose
     */
    public void greeting(long capabilities, String plugin) throws IOException {
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      p.write(10);
      p.writeBytes("8.0.99-scripted".getBytes(StandardCharsets.US_ASCII));
      p.write(0);
      p.writeBytes(new byte[] {7, 0, 0, 0});
      p.writeBytes(nonce(0, 8));
      p.write(0);
      p.write((int) capabilities);
      p.write((int) (capabilities >>> 8));
      p.write(255);
      p.writeBytes(new byte[] {2, 0});
      p.write((int) (capabilities >>> 16));
      p.write((int) (capabilities >>> 24));
      p.write(21);
      p.writeBytes(new byte[10]);
      p.writeBytes(nonce(8, 12));
      p.write(0);
      p.writeBytes(plugin.getBytes(StandardCharsets.US_ASCII));
      p.write(0);
      sequence = 0;
      write(p.toByteArray());
    }

    /** Reads the client's next packet and returns its payload; a new command restarts the sequence. */
    public byte[] read() throws IOException {
      int length = in.readUnsignedByte() | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16;
      int id = in.readUnsignedByte();
      byte[] payload = new byte[length];
      in.readFully(payload);
      sequence = id + 1;
      return payload;
    }

    /** Sends an OK packet with no rows affected and autocommit status. */
    public void ok() throws IOException {
      write(new byte[] {0, 0, 0, 2, 0, 0, 0});
    }

    /** Sends an ERR packet. */
    public void error(int code, String sqlState, String message) throws IOException {
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      p.write(0xFF);
      p.write(code);
      p.write(code >>> 8);
      p.write('#');
      p.writeBytes(sqlState.getBytes(StandardCharsets.US_ASCII));
      p.writeBytes(message.getBytes(StandardCharsets.UTF_8));
      write(p.toByteArray());
    }

    /**
     * Sends a one-column text result set, assuming the client negotiated {@code DEPRECATE_EOF}: the
     * column count, the column definition, a row per value, and an OK packet that ends the rows.
     */
    public void textResult(String column, String... values) throws IOException {
      write(new byte[] {1});
      ByteArrayOutputStream definition = new ByteArrayOutputStream();
      for (String field : new String[] {"def", "", "", "", column, column}) {
        lenenc(definition, field);
      }
      definition.writeBytes(new byte[] {0x0c, 45, 0, (byte) 0xff, 0, 0, 0, (byte) 0xfd, 0, 0, 0x1f, 0, 0});
      write(definition.toByteArray());
      for (String value : values) {
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        lenenc(row, value);
        write(row.toByteArray());
      }
      write(new byte[] {(byte) 0xFE, 0, 0, 2, 0, 0, 0});
    }

    /**
     * Answers the statements a driver may send right after logging in ({@code SELECT @@...}, {@code
     * SET ...}) until {@code n} have been answered: a one-row result for each {@code SELECT}, OK for
     * anything else.
     */
    public void answerSessionSetup(int n, String selectValue) throws IOException {
      for (int i = 0; i < n; i++) {
        String statement = new String(read(), StandardCharsets.UTF_8);
        if (statement.length() > 1 && statement.substring(1).startsWith("SELECT")) {
          textResult("value", selectValue);
        } else {
          ok();
        }
      }
    }

    private void lenenc(ByteArrayOutputStream out, String value) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      if (bytes.length >= 0xFB) {
        throw new IllegalArgumentException("scripted value: " + bytes.length + " bytes (expected: < 251)");
      }
      out.write(bytes.length);
      out.writeBytes(bytes);
    }

    /** Sends a packet whose payload is {@code header} followed by {@code text} in UTF-8. */
    public void send(int header, String text) throws IOException {
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      p.write(header);
      p.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      write(p.toByteArray());
    }

    /** Sends an authentication switch to {@code plugin} with a NUL-terminated 20-byte nonce. */
    public void authSwitch(String plugin) throws IOException {
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      p.write(0xFE);
      p.writeBytes(plugin.getBytes(StandardCharsets.US_ASCII));
      p.write(0);
      p.writeBytes(nonce(0, 20));
      p.write(0);
      write(p.toByteArray());
    }

    /** Sends one packet with the next sequence id. */
    public void write(byte[] payload) throws IOException {
      byte[] packet = new byte[4 + payload.length];
      packet[0] = (byte) payload.length;
      packet[1] = (byte) (payload.length >>> 8);
      packet[2] = (byte) (payload.length >>> 16);
      packet[3] = (byte) sequence++;
      System.arraycopy(payload, 0, packet, 4, payload.length);
      writeRaw(packet);
    }

    /** Sends bytes as they are, header and all: for malformed or truncated packets. */
    public void writeRaw(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    private byte[] nonce(int from, int length) {
      byte[] n = new byte[length];
      for (int i = 0; i < length; i++) {
        n[i] = (byte) ('a' + (from + i) % 26);
      }
      return n;
    }
  }

  /** Records every byte read into {@link #received}. */
  private final class RecordingInputStream extends InputStream {
    private final InputStream in;

    RecordingInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        received.add(new byte[] {(byte) b});
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        byte[] copy = new byte[n];
        System.arraycopy(buffer, offset, copy, 0, n);
        received.add(copy);
      }
      return n;
    }
  }
}
