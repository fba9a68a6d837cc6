package io.asyncmysql.protocol.auth;

/** What the client does after the server sent AuthMoreData: send a payload, or wait for OK or ERR. */
public sealed interface AuthStep permits AuthStep.Send, AuthStep.AwaitResult {
  /** Nothing to send; the server's next packet is OK or ERR. */
  AuthStep AWAIT_RESULT = new AwaitResult();

  /**
   * Send {@code payload} as the next packet of the exchange.
   *
   * @param payload the packet payload, owned by the receiver
   */
  record Send(byte[] payload) implements AuthStep {}

  /** Nothing to send; the server's next packet is OK or ERR. Use {@link #AWAIT_RESULT}. */
  record AwaitResult() implements AuthStep {}
}
