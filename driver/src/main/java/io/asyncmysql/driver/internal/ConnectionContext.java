package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.protocol.PacketEncoder;
import io.asyncmysql.protocol.Sequence;
import io.asyncmysql.protocol.ServerStatus;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.type.DecodeOptions;

/**
 * What the commands of one connection share: its options, the negotiated {@link Session}, the
 * server's identity and its latest status flags. Confined to the channel's event loop, except the
 * {@code volatile} facts the connection reads from other threads.
 */
final class ConnectionContext {
  final MySqlConnectOptions options;
  final Sequence sequence = new Sequence();
  final PacketEncoder encoder;
  final DecodeOptions decodeOptions;
  final ColumnCache columns = new ColumnCache();
  private Session session = Session.INITIAL;
  private volatile int serverStatus;
  private volatile long connectionId;
  private volatile String serverVersion = "";
  private volatile boolean tls;
  private byte[] nonce = new byte[0];
  private int collationId;
  private String authPlugin = "";

  ConnectionContext(MySqlConnectOptions options, DecodeOptions decodeOptions) {
    this.options = options;
    this.decodeOptions = decodeOptions;
    this.encoder = new PacketEncoder(sequence, session);
  }

  Session session() {
    return session;
  }

  void session(Session newSession) {
    session = newSession;
    encoder.session(newSession);
  }

  int serverStatus() {
    return serverStatus;
  }

  void serverStatus(int flags) {
    serverStatus = flags;
  }

  boolean inTransaction() {
    return ServerStatus.inTransaction(serverStatus);
  }

  long connectionId() {
    return connectionId;
  }

  String serverVersion() {
    return serverVersion;
  }

  boolean tls() {
    return tls;
  }

  void identify(long id, String version, byte[] greetingNonce, String greetingPlugin) {
    connectionId = id;
    serverVersion = version;
    nonce = greetingNonce.clone();
    authPlugin = greetingPlugin;
  }

  /** The authentication plugin the server's greeting proposed. */
  String authPlugin() {
    return authPlugin;
  }

  /** The authentication nonce of the server's greeting, which {@code COM_CHANGE_USER} answers too. */
  byte[] nonce() {
    return nonce.clone();
  }

  /** The collation the connection negotiated. */
  int collationId() {
    return collationId;
  }

  void collationId(int id) {
    collationId = id;
  }

  void tls(boolean active) {
    tls = active;
  }
}
