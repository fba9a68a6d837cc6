package io.asyncmysql.testing;

import io.asyncmysql.testing.internal.Packets;
import java.util.Objects;

/**
 * One MySQL packet as the {@link FaultProxy} saw it pass, for a {@linkplain
 * FaultProxyConnection#rewrite(FaultProxy.Direction, java.util.function.UnaryOperator) rewrite hook}.
 *
 * @param index the packet's position in its direction since the connection opened, from 0 (the
 *     server's greeting is packet 0 downstream)
 * @param sequenceId the sequence id from the packet's header
 * @param payload the payload without its 4-byte header; the array is the hook's to keep or change
 */
public record FaultProxyPacket(long index, int sequenceId, byte[] payload) {
  /** Creates a new instance. */
  public FaultProxyPacket {
    Objects.requireNonNull(payload, "payload");
    if (sequenceId < 0 || sequenceId > 0xFF) {
      throw new IllegalArgumentException("sequenceId: " + sequenceId + " (expected: 0 to 255)");
    }
    if (payload.length > 0xFFFFFF) {
      throw new IllegalArgumentException("payload: " + payload.length + " bytes (expected: at most 16777215)");
    }
  }

  /** A copy with another sequence id. */
  public FaultProxyPacket withSequenceId(int newSequenceId) {
    return new FaultProxyPacket(index, newSequenceId, payload);
  }

  /** A copy with another payload. */
  public FaultProxyPacket withPayload(byte[] newPayload) {
    return new FaultProxyPacket(index, sequenceId, newPayload);
  }

  /** The header and the payload as they go on the wire. */
  byte[] encode() {
    return Packets.frame(sequenceId, payload);
  }
}
