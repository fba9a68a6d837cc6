package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;
import java.util.Map;

/** Writes the fields {@link HandshakeResponse41} and {@link ComChangeUser} have in common. */
final class ConnectionFields {
  private ConnectionFields() {}

  /**
   * Writes a NUL-terminated string.
   *
   * @throws ProtocolException when {@code value} holds a NUL character, which would end it early
   */
  static void writeNulString(ByteBuf out, String value, Charset charset, String what) {
    if (value.indexOf('\0') >= 0) {
      throw new ProtocolException(what + ": contains NUL (expected: no NUL characters)");
    }
    Payload.writeNulString(out, value, charset);
  }

  /** Writes an auth response prefixed with its length in one byte. */
  static void writeInt1PrefixedAuthResponse(ByteBuf out, byte[] authResponse) {
    if (authResponse.length > 0xFF) {
      throw new ProtocolException("auth response: " + authResponse.length + " bytes (expected: <= 255)");
    }
    out.writeByte(authResponse.length);
    out.writeBytes(authResponse);
  }

  /** Writes an auth response terminated by NUL, the form without {@code CLIENT_SECURE_CONNECTION}. */
  static void writeNulTerminatedAuthResponse(ByteBuf out, byte[] authResponse) {
    for (byte b : authResponse) {
      if (b == 0) {
        throw new ProtocolException("auth response: contains NUL (expected: CLIENT_SECURE_CONNECTION)");
      }
    }
    out.writeBytes(authResponse);
    out.writeByte(0);
  }

  /** Writes connection attributes: their total length, then each key and value length-encoded. */
  static void writeAttributes(ByteBuf out, Map<String, String> attributes, Charset charset) {
    ByteBuf pairs = out.alloc().buffer();
    try {
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        Payload.writeLenEncString(pairs, attribute.getKey(), charset);
        Payload.writeLenEncString(pairs, attribute.getValue(), charset);
      }
      Payload.writeLenEncInt(out, pairs.readableBytes());
      out.writeBytes(pairs);
    } finally {
      pairs.release();
    }
  }
}
