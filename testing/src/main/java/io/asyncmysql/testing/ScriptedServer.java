package io.asyncmysql.testing;

import io.asyncmysql.testing.internal.SelfSignedTls;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;

/**
 * A MySQL server that plays a script, for the exchanges no real server produces on demand: forged
 * greetings, authentication switches to weak plugins, unsolicited {@code LOCAL INFILE} requests,
 * malformed or truncated packets, TLS with a certificate no CA signed. It listens on a free loopback
 * port; each connection runs the script on its own virtual thread, and every byte a client sends is
 * recorded: in plaintext, decrypted once the connection switched to TLS.
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
 *
 * <p>TLS: offer it in the greeting ({@link #MYSQL_8_CAPABILITIES_WITH_SSL}), read the client's
 * SSLRequest, then {@link Connection#startTls()}; the server presents a self-signed certificate,
 * which a client trusts through {@link #certificate()}.
 */
public final class ScriptedServer implements AutoCloseable {
  /** Capabilities of a MySQL 8 greeting: PROTOCOL_41, SECURE_CONNECTION, PLUGIN_AUTH, DEPRECATE_EOF, SSL and the usual rest. */
  public static final long MYSQL_8_CAPABILITIES = 0x01ffffffL & ~(1L << 11);
  /** The same with {@code CLIENT_SSL}. */
  public static final long MYSQL_8_CAPABILITIES_WITH_SSL = MYSQL_8_CAPABILITIES | (1L << 11);

  private final ServerSocket listener;
  private final Supplier<SelfSignedTls> tls;
  private final List<byte[]> received = new CopyOnWriteArrayList<>();
  private final List<Throwable> scriptFailures = new CopyOnWriteArrayList<>();
  private final List<Path> certificateFiles = new CopyOnWriteArrayList<>();

  private ScriptedServer(ServerSocket listener, Supplier<SelfSignedTls> tls) {
    this.listener = listener;
    this.tls = tls;
  }

  /**
   * The payload of the greeting {@link Connection#greeting} sends, for a script to alter into a
   * malformed one.
   */
  public static byte[] greetingPayload(long capabilities, String plugin) {
    return ScriptedPayloads.greeting(capabilities, plugin);
  }

  /**
   * Starts a server that plays {@code script} for every connection. Its TLS certificate names
   * {@code localhost} and {@code 127.0.0.1}.
   *
   * @param script what the server does on one connection; an exception ends that connection
   */
  public static ScriptedServer start(Script script) {
    return start(() -> DefaultTls.INSTANCE, script);
  }

  /**
   * Starts a server that plays {@code script} for every connection, with a TLS certificate that names
   * only {@code certificateHosts}: for tests of host-name verification.
   *
   * @param certificateHosts the DNS names and IPv4 addresses the certificate names
   * @param script what the server does on one connection; an exception ends that connection
   */
  public static ScriptedServer start(List<String> certificateHosts, Script script) {
    SelfSignedTls tls = SelfSignedTls.generate(certificateHosts.toArray(String[]::new));
    return start(() -> tls, script);
  }

  private static ScriptedServer start(Supplier<SelfSignedTls> tls, Script script) {
    try {
      ScriptedServer server = new ScriptedServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), tls);
      Thread.ofVirtual().name("scripted-server-accept").start(() -> server.accept(script));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PEM file of the self-signed certificate the server presents after {@link
   * Connection#startTls()}: a client's CA file to trust it. Deleted by {@link #close()}.
   */
  public Path certificate() {
    try {
      Path file = Files.createTempFile("scripted-server-", ".pem");
      certificateFiles.add(file);
      return tls.get().writeCertificate(file);
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
      for (Path file : certificateFiles) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // Already closed or deleted.
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
      script.play(new Connection(socket));
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
    private final Socket socket;
    private DataInputStream in;
    private OutputStream out;
    private int sequence;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new DataInputStream(new RecordingInputStream(socket.getInputStream()));
      this.out = socket.getOutputStream();
    }

    /**
     * Switches the connection to TLS as its server, presenting the self-signed certificate (see
     * {@link ScriptedServer#certificate()}); call it after reading the client's SSLRequest. From then
     * on packets travel encrypted and the recording holds what was decrypted.
     *
     * @throws javax.net.ssl.SSLException when the client refuses the certificate or the handshake
     *     fails otherwise; the connection then stays on the plain socket, so that a script can
     *     check that the client sends nothing more in clear
     */
    public void startTls() throws IOException {
      SSLSocket secured = (SSLSocket) tls.get().serverContext().getSocketFactory().createSocket(socket, null, false);
      secured.startHandshake();
      in = new DataInputStream(new RecordingInputStream(secured.getInputStream()));
      out = secured.getOutputStream();
    }

    /**
     * Sends a protocol-10 greeting with a fixed 20-byte nonce.
     *
     * @param capabilities the capability flags to offer (lower and upper 16 bits of the 32)
     * @param plugin the authentication plugin to propose
     */
    public void greeting(long capabilities, String plugin) throws IOException {
      sequence = 0;
      write(ScriptedPayloads.greeting(capabilities, plugin));
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
      write(ScriptedPayloads.OK);
    }

    /** Sends an ERR packet. */
    public void error(int code, String sqlState, String message) throws IOException {
      write(ScriptedPayloads.error(code, sqlState, message));
    }

    /**
     * Sends a one-column text result set of {@code VARCHAR} values in {@code utf8mb4}, assuming the
     * client negotiated {@code DEPRECATE_EOF}: the column count, the column definition, a row per
     * value, and an OK packet that ends the rows.
     */
    public void textResult(String column, String... values) throws IOException {
      List<List<byte[]>> rows = new ArrayList<>();
      for (String value : values) {
        rows.add(Collections.singletonList(value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
      }
      textResult(List.of(Column.varchar(column)), rows);
    }

    /**
     * Sends a text result set, assuming the client negotiated {@code DEPRECATE_EOF}: the column
     * count, a definition per column, a row per list of cells, and an OK packet that ends the rows.
     *
     * @param rows the cells of each row, as the text protocol carries them; {@code null} for SQL NULL
     */
    public void textResult(List<Column> columns, List<List<byte[]>> rows) throws IOException {
      write(ScriptedPayloads.columnCount(columns.size()));
      for (Column column : columns) {
        write(ScriptedPayloads.columnDefinition(column));
      }
      for (List<byte[]> cells : rows) {
        write(ScriptedPayloads.textRow(cells));
      }
      write(ScriptedPayloads.END_OF_ROWS);
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

    /**
     * Answers {@code COM_STMT_PREPARE}, assuming the client negotiated {@code DEPRECATE_EOF}: the
     * statement id, a definition per parameter (as {@code ?} of type VAR_STRING) and per column.
     */
    public void prepareOk(int statementId, int parameters, List<Column> columns) throws IOException {
      write(ScriptedPayloads.prepareOk(statementId, columns.size(), parameters));
      for (int i = 0; i < parameters; i++) {
        write(ScriptedPayloads.columnDefinition(Column.varchar("?")));
      }
      for (Column column : columns) {
        write(ScriptedPayloads.columnDefinition(column));
      }
    }

    /** Sends a packet whose payload is {@code header} followed by {@code text} in UTF-8. */
    public void send(int header, String text) throws IOException {
      write(ScriptedPayloads.headerAndText(header, text));
    }

    /** Sends an authentication switch to {@code plugin} with a NUL-terminated 20-byte nonce. */
    public void authSwitch(String plugin) throws IOException {
      write(ScriptedPayloads.authSwitch(plugin));
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

    /**
     * Half-closes the connection: the client reads the end of the stream (TCP FIN) after what was
     * sent, while the script may still read what the client sends.
     */
    public void hangUp() throws IOException {
      socket.shutdownOutput();
    }

    /** Sends bytes as they are, header and all: for malformed or truncated packets. */
    public void writeRaw(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }
  }

  /**
   * A column of a {@linkplain Connection#textResult(List, List) scripted result}.
   *
   * @param name the column's name, also its label
   * @param type the protocol's type code, e.g. {@code 0xFD} VAR_STRING or {@code 0xFC} BLOB
   * @param collation the collation id: {@code 45} utf8mb4, {@code 63} binary (bytes, not text)
   */
  public record Column(String name, int type, int collation) {
    /** A {@code VARCHAR} column in {@code utf8mb4}. */
    public static Column varchar(String name) {
      return new Column(name, 0xFD, 45);
    }

    /** A {@code BLOB} column of bytes. */
    public static Column blob(String name) {
      return new Column(name, 0xFC, 63);
    }
  }

  /** The certificate of servers started without host names of their own, made once per JVM when first used. */
  private static final class DefaultTls {
    static final SelfSignedTls INSTANCE = SelfSignedTls.generate("localhost", "127.0.0.1");
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
