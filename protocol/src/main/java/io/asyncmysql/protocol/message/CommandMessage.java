package io.asyncmysql.protocol.message;

/**
 * A client message that starts a new command ({@code COM_*}): the packet encoder numbers its packets
 * from 0. Messages that continue an exchange (handshake and auth responses, {@code LOAD DATA LOCAL}
 * content) implement only {@link ClientMessage}.
 */
public interface CommandMessage extends ClientMessage {
  /**
   * Whether the server answers this command. {@code COM_QUIT}, {@code COM_STMT_CLOSE} and {@code
   * COM_STMT_SEND_LONG_DATA} have no response.
   */
  default boolean expectsResponse() {
    return true;
  }
}
