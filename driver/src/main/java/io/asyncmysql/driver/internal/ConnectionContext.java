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
  private Session session = Session.INITIAL;
  private volatile int serverStatus;
  private volatile long connectionId;
  private volatile String serverVersion = "";
  private volatile boolean tls;

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

  void identify(long id, String version) {
    connectionId = id;
    serverVersion = version;
  }

  void tls(boolean active) {
    tls = active;
  }
}
