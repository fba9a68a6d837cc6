/**
 * Client and server messages of the connection and command phases, named after the protocol
 * documentation.
 *
 * <p>Client messages implement {@link io.asyncmysql.protocol.message.ClientMessage} and write only
 * their payload; those that start a command implement {@link
 * io.asyncmysql.protocol.message.CommandMessage}. Server messages are records with a static {@code
 * decode} method that reads one payload from its reader index and never releases it; which one to
 * call follows from {@link io.asyncmysql.protocol.message.ServerPacketKind}. Every decoder ends in a
 * {@link io.asyncmysql.protocol.ProtocolException} on malformed input. After the handshake the codec
 * assumes {@code CLIENT_PROTOCOL_41}, which capability negotiation requires.
 */
package io.asyncmysql.protocol.message;
