/**
 * Authentication plugins: the client side of each exchange that turns a password, the server's
 * nonce and the connection's security into the bytes of HandshakeResponse41, AuthSwitchResponse and
 * the replies to AuthMoreData. Pure computation over byte arrays; no channels, no buffers.
 *
 * <p>Start with {@link io.asyncmysql.protocol.auth.AuthPlugins#byName}. Bytes the server sent that
 * cannot be right end in {@link io.asyncmysql.protocol.ProtocolException}; a refusal by the client's
 * own security rules ends in {@link io.asyncmysql.protocol.auth.AuthenticationException}.
 */
package io.asyncmysql.protocol.auth;
