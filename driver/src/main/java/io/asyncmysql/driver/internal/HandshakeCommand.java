package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.SslMode;
import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.auth.AuthenticationException;
import io.asyncmysql.protocol.message.ErrPacket;
import io.asyncmysql.protocol.message.HandshakeResponse41;
import io.asyncmysql.protocol.message.HandshakeV10;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.asyncmysql.protocol.message.SslRequest;
import io.asyncmysql.protocol.type.Collations;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SslHandler;
import java.io.UncheckedIOException;

/**
 * The connection phase: read the server's greeting, decide on TLS before any credential is sent,
 * upgrade the channel if so, send the handshake response, then follow the {@link AuthExchange} to OK
 * or ERR.
 */
final class HandshakeCommand extends Command<Void> {
  private static final System.Logger LOG = System.getLogger("io.asyncmysql.driver");
  /** The largest packet the client accepts, announced in the handshake. */
  private static final long MAX_PACKET_SIZE = 1L << 30;
  private static final int UTF8MB4_GENERAL_CI = 45;
  private static final int UTF8MB4_0900_AI_CI = 255;

  private final MySqlConnectOptions options;
  private final String host;
  private final int port;
  private final boolean unixSocket;
  private AuthExchange auth;

  HandshakeCommand(MySqlConnectOptions options, String host, int port, boolean unixSocket) {
    this.options = options;
    this.host = host;
    this.port = port;
    this.unixSocket = unixSocket;
  }

  @Override
  ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection) {
    return ctx.newSucceededFuture();
  }

  @Override
  boolean exclusive() {
    return true;
  }

  @Override
  void awaitResponse(ConnectionContext connection) {
    // The greeting is packet 0 of a new connection: nothing to start.
  }

  @Override
  boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    if (auth != null) {
      return auth.read(payload, ctx, connection, this);
    }
    try {
      return greeting(payload, ctx, connection);
    } catch (AuthenticationException | UncheckedIOException | IllegalArgumentException e) {
      fail(new MySqlAuthenticationException("cannot authenticate: " + e.getMessage(), null, options.sslMode(), e));
      return true;
    }
  }

  private boolean greeting(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    if (ServerPacketKind.ofGreeting(payload) == ServerPacketKind.ERR) {
      ErrPacket err = ErrPacket.decode(payload, connection.session());
      // Nothing before TLS can be trusted: keep the error code, drop the server's text.
      fail(new ConnectionClosedException("server " + host + ":" + port + " refused the connection with error " + err.errorCode()
          + " before authentication", Delivery.NOT_SENT));
      return true;
    }
    HandshakeV10 greeting = HandshakeV10.decode(payload);
    connection.identify(greeting.connectionId(), greeting.serverVersion(), greeting.nonce(), greeting.authPluginName());
    boolean mariaDb = greeting.mariaDb();
    boolean serverTls = (greeting.capabilities() & Capabilities.SSL) != 0;
    boolean useTls = !unixSocket && options.sslMode() != SslMode.DISABLED && serverTls;
    if (!unixSocket && options.sslMode().requiresTls() && !serverTls) {
      fail(new MySqlAuthenticationException(
          "server " + greeting.serverVersion() + " does not offer TLS, which sslMode " + options.sslMode() + " requires",
          null, options.sslMode(), null));
      return true;
    }
    long capabilities = Capabilities.negotiate(greeting.capabilities(), new Capabilities.Wishes(
        options.database() != null, useTls, options.allowMultiQueries(), options.allowLocalInfile(), true, mariaDb));
    if (!options.useAffectedRows()) {
      capabilities |= greeting.capabilities() & Capabilities.FOUND_ROWS;
    }
    int collationId = collationId(greeting, mariaDb);
    connection.collationId(collationId);
    connection.session(new Session(capabilities, Collations.charset(collationId), connection.session().maxAllowedPacket(), mariaDb));
    auth = new AuthExchange(options, options.password(), AuthExchange.transport(options, unixSocket, useTls),
        greeting.authPluginName());
    HandshakeResponse41 response = new HandshakeResponse41(capabilities, MAX_PACKET_SIZE, collationId, options.user(),
        auth.initialResponse(greeting.nonce()), options.database(), auth.pluginName(), options.connectionAttributes());
    if (!useTls) {
      if (options.sslMode() == SslMode.PREFERRED && !unixSocket) {
        LOG.log(System.Logger.Level.WARNING, "server " + host + ":" + port + " offers no TLS: connecting without it (sslMode PREFERRED)");
      }
      ctx.writeAndFlush(response);
      return false;
    }
    ctx.writeAndFlush(new SslRequest(capabilities, MAX_PACKET_SIZE, collationId));
    SslHandler tls = TlsContexts.newHandler(ctx.alloc(), options, host, port);
    ctx.pipeline().addFirst("tls", tls);
    tls.handshakeFuture().addListener(done -> {
      if (done.isSuccess()) {
        connection.tls(true);
        ctx.writeAndFlush(response);
      } else {
        fail(auth.failure("TLS handshake with " + host + ":" + port + " failed: " + done.cause().getMessage(), done.cause()));
        ctx.close();
      }
    });
    return false;
  }

  private int collationId(HandshakeV10 greeting, boolean mariaDb) {
    if (options.collation() != null) {
      int id = Collations.byName(options.collation(), mariaDb).id();
      if (id > 0xFF) {
        throw new IllegalArgumentException("collation: " + options.collation() + " (expected: an id below 256 for the handshake)");
      }
      return id;
    }
    boolean mysql8 = !mariaDb && !greeting.serverVersion().startsWith("5.");
    return mysql8 ? UTF8MB4_0900_AI_CI : UTF8MB4_GENERAL_CI;
  }
}
