package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlAuthenticationException;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.SslMode;
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
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The authentication exchange that follows a handshake response or a {@code COM_CHANGE_USER}: the
 * server answers OK or ERR, or switches the plugin, or asks the plugin for more (fast-auth results,
 * RSA keys), until OK or ERR. Refusals of the client's own rules (a cleartext password without TLS,
 * a plugin not allowed) end it as failures too.
 */
final class AuthExchange {
  private final MySqlConnectOptions options;
  private final AuthOptions authOptions;
  private AuthPlugin plugin;

  /**
   * Starts an exchange with the plugin the server proposed.
   *
   * @throws AuthenticationException when the plugin is unknown or not allowed
   */
  AuthExchange(MySqlConnectOptions options, String password, Transport transport, String pluginName) {
    this.options = options;
    this.authOptions = authOptions(options, password, transport);
    this.plugin = AuthPlugins.byName(pluginName, authOptions);
  }

  /**
   * The transport a password travels over: TLS counts as verified only under an {@link SslMode} that
   * {@linkplain SslMode#verifiesCertificate() verifies the certificate}, which a cleartext password
   * needs.
   */
  static Transport transport(MySqlConnectOptions options, boolean unixSocket, boolean tls) {
    if (unixSocket) {
      return Transport.UNIX_SOCKET;
    }
    if (!tls) {
      return Transport.TCP;
    }
    return options.sslMode().verifiesCertificate() ? Transport.VERIFIED_TLS : Transport.TLS;
  }

  /** The plugin in use. */
  String pluginName() {
    return plugin.name();
  }

  /** The first authentication response for the server's nonce. */
  byte[] initialResponse(byte[] nonce) {
    return plugin.initialResponse(nonce);
  }

  /**
   * Reads one packet of the exchange, completing or failing {@code command} at its end.
   *
   * @return whether the exchange ended
   */
  boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection, Command<Void> command) {
    try {
      return step(payload, ctx, connection, command);
    } catch (AuthenticationException e) {
      command.fail(failure(e.getMessage(), e));
      return true;
    }
  }

  private boolean step(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection, Command<Void> command) {
    Session session = connection.session();
    switch (ServerPacketKind.ofAuthResponse(payload)) {
      case OK -> {
        connection.serverStatus(OkPacket.decode(payload, session).statusFlags());
        command.complete(null);
        return true;
      }
      case ERR -> {
        var error = Errors.server(ErrPacket.decode(payload, session));
        command.fail(failure("authentication failed: " + error.getMessage(), error));
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

  /** A failure that names the plugin and the connection's sslMode. */
  MySqlAuthenticationException failure(String message, Throwable cause) {
    return new MySqlAuthenticationException(message, plugin == null ? null : plugin.name(), options.sslMode(), cause);
  }

  private static AuthOptions authOptions(MySqlConnectOptions options, String password, Transport transport) {
    AuthOptions auth = AuthOptions.of((password == null ? "" : password).getBytes(StandardCharsets.UTF_8), transport)
        .withAllowCleartextPassword(options.allowCleartextPassword())
        .withAllowPublicKeyRetrieval(options.allowPublicKeyRetrieval() && (transport != Transport.TCP || options.sslMode() != SslMode.PREFERRED))
        .withAllowedPlugins(options.authPlugins());
    if (options.serverRsaPublicKeyFile() != null) {
      try {
        auth = auth.withServerRsaPublicKey(
            RsaPublicKeyPem.parse(Files.readString(options.serverRsaPublicKeyFile(), StandardCharsets.US_ASCII)));
      } catch (IOException e) {
        throw new UncheckedIOException("serverRsaPublicKeyFile: " + options.serverRsaPublicKeyFile(), e);
      }
    }
    return auth;
  }
}
