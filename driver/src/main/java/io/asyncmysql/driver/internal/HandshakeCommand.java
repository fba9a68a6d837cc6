package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.SslMode;
import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.auth.AuthOptions;
import io.asyncmysql.protocol.auth.AuthPlugin;
import io.asyncmysql.protocol.auth.AuthPlugins;
import io.asyncmysql.protocol.auth.AuthStep;
import io.asyncmysql.protocol.auth.AuthenticationException;
import io.asyncmysql.protocol.auth.RsaPublicKeyPem;
import io.asyncmysql.protocol.auth.Transport;
import io.asyncmysql.protocol.message.AuthMoreData;
import io.asyncmysql.protocol.message.AuthSwitchRequest;
import io.asyncmysql.protocol.message.AuthSwitchResponse;
import io.asyncmysql.protocol.message.ErrPacket;
import io.asyncmysql.protocol.message.HandshakeResponse41;
import io.asyncmysql.protocol.message.HandshakeV10;
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.asyncmysql.protocol.message.SslRequest;
import io.asyncmysql.protocol.type.Collations;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.interfaces.RSAPublicKey;

/**
 * The connection phase: read the server's greeting, decide on TLS before any credential is sent,
 * upgrade the channel if so, send the handshake response, and follow the server's authentication
 * exchange (plugin switches, more data) to OK or ERR.
 */
final class HandshakeCommand extends Command<Void> {
  private static final long MAX_PACKET_SIZE = 1L << 30;
  private static final int UTF8MB4_GENERAL_CI = 45;
  private static final int UTF8MB4_0900_AI_CI = 255;

  private final MySqlConnectOptions options;
  private final String host;
  private final int port;
  private final boolean unixSocket;
  private AuthPlugin plugin;
  private AuthOptions authOptions;
  private SslMode effectiveMode;

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
    try {
      return exchange(payload, ctx, connection);
    } catch (AuthenticationException e) {
      fail(new MySqlAuthenticationException(e.getMessage() + " (sslMode " + options.sslMode() + ")", e.pluginName(),
          options.sslMode(), e));
      return true;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      fail(new MySqlAuthenticationException("cannot authenticate: " + e.getMessage(), plugin == null ? null : plugin.name(),
          options.sslMode(), e));
      return true;
    }
  }

  private boolean exchange(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    if (plugin == null) {
      return greeting(payload, ctx, connection);
    }
    Session session = connection.session();
    switch (ServerPacketKind.ofAuthResponse(payload)) {
      case OK -> {
        connection.serverStatus(OkPacket.decode(payload, session).statusFlags());
        complete(null);
        return true;
      }
      case ERR -> {
        ErrPacket err = ErrPacket.decode(payload, session);
        fail(new MySqlAuthenticationException(
            "authentication failed (plugin " + plugin.name() + ", sslMode " + effectiveMode + "): " + Errors.server(err).getMessage(),
            plugin.name(), options.sslMode(), Errors.server(err)));
        return true;
      }
      case AUTH_SWITCH_REQUEST -> {
        AuthSwitchRequest request = AuthSwitchRequest.decode(payload);
        plugin = AuthPlugins.byName(request.authPluginName(), authOptions);
        ctx.writeAndFlush(new AuthSwitchResponse(plugin.initialResponse(request.pluginData())));
        return false;
      }
      case AUTH_MORE_DATA -> {
        AuthStep step = plugin.onMoreData(AuthMoreData.decode(payload).data());
        if (step instanceof AuthStep.Send send) {
          ctx.writeAndFlush(new AuthSwitchResponse(send.payload()));
        }
        return false;
      }
      default -> throw new ProtocolException("authentication: unexpected packet");
    }
  }

  private boolean greeting(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
    if (ServerPacketKind.ofGreeting(payload) == ServerPacketKind.ERR) {
      ErrPacket err = ErrPacket.decode(payload, connection.session());
      fail(Errors.server(err));
      return true;
    }
    HandshakeV10 greeting = HandshakeV10.decode(payload);
    connection.identify(greeting.connectionId(), greeting.serverVersion());
    boolean mariaDb = greeting.mariaDb();
    boolean serverTls = (greeting.capabilities() & Capabilities.SSL) != 0;
    boolean useTls = !unixSocket && options.sslMode() != SslMode.DISABLED && serverTls;
    if (!unixSocket && options.sslMode().requiresTls() && !serverTls) {
      fail(new MySqlAuthenticationException(
          "server " + greeting.serverVersion() + " does not offer TLS, which sslMode " + options.sslMode() + " requires",
          null, options.sslMode(), null));
      return true;
    }
    effectiveMode = useTls ? options.sslMode() : SslMode.DISABLED;
    long capabilities = Capabilities.negotiate(greeting.capabilities(), new Capabilities.Wishes(
        options.database() != null, useTls, options.allowMultiQueries(), options.allowLocalInfile(), true, mariaDb));
    if (!options.useAffectedRows()) {
      capabilities |= greeting.capabilities() & Capabilities.FOUND_ROWS;
    }
    int collationId = collationId(greeting, mariaDb);
    connection.session(new Session(capabilities, Collations.charset(collationId), connection.session().maxAllowedPacket(), mariaDb));
    authOptions = authOptions(useTls);
    plugin = AuthPlugins.byName(greeting.authPluginName(), authOptions);
    byte[] authResponse = plugin.initialResponse(greeting.nonce());
    HandshakeResponse41 response = new HandshakeResponse41(capabilities, MAX_PACKET_SIZE, collationId, options.user(),
        authResponse, options.database(), plugin.name(), options.connectionAttributes());
    if (!useTls) {
      if (options.sslMode() == SslMode.PREFERRED && !unixSocket) {
        System.getLogger("io.asyncmysql.driver").log(System.Logger.Level.WARNING,
            "server " + host + ":" + port + " offers no TLS: connecting without it (sslMode PREFERRED)");
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
        fail(new MySqlAuthenticationException("TLS handshake with " + host + ":" + port + " failed (sslMode "
            + options.sslMode() + "): " + done.cause().getMessage(), plugin.name(), options.sslMode(), done.cause()));
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

  private AuthOptions authOptions(boolean useTls) {
    Transport transport = unixSocket ? Transport.UNIX_SOCKET : useTls ? Transport.TLS : Transport.TCP;
    String password = options.password() == null ? "" : options.password();
    AuthOptions auth = AuthOptions.of(password.getBytes(StandardCharsets.UTF_8), transport)
        .withAllowCleartextPassword(options.allowCleartextPassword())
        .withAllowPublicKeyRetrieval(options.allowPublicKeyRetrieval())
        .withAllowedPlugins(options.authPlugins());
    if (options.serverRsaPublicKeyFile() != null) {
      auth = auth.withServerRsaPublicKey(readKey());
    }
    return auth;
  }

  private RSAPublicKey readKey() {
    try {
      return RsaPublicKeyPem.parse(Files.readString(options.serverRsaPublicKeyFile(), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("serverRsaPublicKeyFile: " + options.serverRsaPublicKeyFile(), e);
    }
  }
}
