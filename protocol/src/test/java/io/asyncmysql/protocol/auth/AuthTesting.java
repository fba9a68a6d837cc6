package io.asyncmysql.protocol.auth;

import java.util.Arrays;

/** Small helpers the plugin tests share. */
final class AuthTesting {
  private AuthTesting() {}

  /** The nonce as HandshakeV10 and AuthSwitchRequest carry it: followed by a NUL byte. */
  static byte[] withNul(byte[] nonce) {
    return Arrays.copyOf(nonce, nonce.length + 1);
  }

  /** The payload of a {@link AuthStep.Send}; fails on anything else. */
  static byte[] sent(AuthStep step) {
    return switch (step) {
      case AuthStep.Send send -> send.payload();
      case AuthStep.AwaitResult await -> throw new AssertionError("expected a payload to send, got " + await);
    };
  }
}
