package io.asyncmysql.protocol.message;

/**
 * A client message that starts a new command ({@code COM_*}): the packet encoder resets the sequence
 * id to 0 before writing it. Messages that continue an exchange (handshake and auth responses, {@code
 * LOAD DATA LOCAL} content) implement only {@link ClientMessage}.
 */
public interface CommandMessage extends ClientMessage {}
