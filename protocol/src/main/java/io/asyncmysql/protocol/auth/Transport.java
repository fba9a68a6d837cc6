package io.asyncmysql.protocol.auth;

/** The kind of connection a password would travel over, which decides whether it may go in clear. */
public enum Transport {
  /** Plain TCP: eavesdroppers can read what is sent. */
  TCP,
  /**
   * TCP secured by TLS whose server certificate was not verified: eavesdroppers cannot read it, but
   * a man in the middle can stand in for the server.
   */
  TLS,
  /** TCP secured by TLS whose server certificate chains to a trusted CA: only that server reads it. */
  VERIFIED_TLS,
  /** A local unix domain socket. */
  UNIX_SOCKET;

  /**
   * Whether a password in clear reaches only the intended server: over verified TLS or a unix
   * socket, not over plain TCP nor over TLS that a man in the middle could have ended.
   */
  boolean authenticatesServer() {
    return this == VERIFIED_TLS || this == UNIX_SOCKET;
  }
}
