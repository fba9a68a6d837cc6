package io.asyncmysql.protocol.auth;

/** The kind of connection a password would travel over, which decides whether it may go in clear. */
public enum Transport {
  /** Plain TCP: eavesdroppers can read what is sent. */
  TCP,
  /** TCP secured by TLS. */
  TLS,
  /** A local unix domain socket. */
  UNIX_SOCKET;

  /** Whether a password may be sent in clear: over TLS or a unix socket, where eavesdroppers cannot read it. */
  boolean confidential() {
    return this != TCP;
  }
}
