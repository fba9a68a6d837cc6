package io.asyncmysql.testing.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Plain-socket MySQL packet reading and writing for the administrative client and the fault proxy. */
public final class Packets {
  private static final int MAX_PAYLOAD = 64 << 20;

  private Packets() {}

  /** One packet: its sequence id and payload. */
  record Packet(int sequenceId, byte[] payload) {}

  static Packet read(DataInputStream in) throws IOException {
    int length = in.readUnsignedByte() | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16;
    int sequenceId = in.readUnsignedByte();
    if (length > MAX_PAYLOAD) {
      throw new IOException("packet length: " + length + " (expected: <= " + MAX_PAYLOAD + ")");
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return new Packet(sequenceId, payload);
  }

  static void write(OutputStream out, int sequenceId, byte[] payload) throws IOException {
    out.write(frame(sequenceId, payload));
    out.flush();
  }

  /** The header (3 bytes little-endian length, the sequence id) and the payload, as on the wire. */
  public static byte[] frame(int sequenceId, byte[] payload) {
    byte[] packet = new byte[4 + payload.length];
    packet[0] = (byte) payload.length;
    packet[1] = (byte) (payload.length >>> 8);
    packet[2] = (byte) (payload.length >>> 16);
    packet[3] = (byte) sequenceId;
    System.arraycopy(payload, 0, packet, 4, payload.length);
    return packet;
  }

  /** The message of an ERR packet: {@code [code] (SQLSTATE) text}. */
  static String errorMessage(byte[] payload) {
    Reader r = new Reader(payload);
    r.skip(1);
    int code = r.int2();
    String state = "";
    if (r.remaining() > 0 && payload[r.position] == '#') {
      r.skip(1);
      state = " (" + new String(r.bytes(5), StandardCharsets.US_ASCII) + ")";
    }
    return "[" + code + "]" + state + " " + new String(r.rest(), StandardCharsets.UTF_8);
  }

  /** A cursor over a payload; an overrun is an {@link IOException}-worthy protocol error. */
  static final class Reader {
    private final byte[] data;
    private int position;

    Reader(byte[] data) {
      this.data = data;
    }

    int remaining() {
      return data.length - position;
    }

    int peek() {
      need(1);
      return data[position] & 0xFF;
    }

    int int1() {
      need(1);
      return data[position++] & 0xFF;
    }

    int int2() {
      return int1() | int1() << 8;
    }

    long int4() {
      return int2() | (long) int2() << 16;
    }

    long lenEncInt() {
      int first = int1();
      return switch (first) {
        case 0xFC -> int2();
        case 0xFD -> int2() | int1() << 16;
        case 0xFE -> int4() | int4() << 32;
        default -> first;
      };
    }

    /** A length-encoded string, or {@code null} for the 0xFB NULL marker. */
    String lenEncString() {
      if (peek() == 0xFB) {
        position++;
        return null;
      }
      long length = lenEncInt();
      if (length < 0 || length > remaining()) {
        throw new IllegalStateException("string length: " + length + " (expected: <= " + remaining() + ")");
      }
      return new String(bytes((int) length), StandardCharsets.UTF_8);
    }

    String nulString() {
      int end = position;
      while (end < data.length && data[end] != 0) {
        end++;
      }
      String s = new String(data, position, end - position, StandardCharsets.UTF_8);
      position = Math.min(end + 1, data.length);
      return s;
    }

    byte[] bytes(int n) {
      need(n);
      byte[] b = Arrays.copyOfRange(data, position, position + n);
      position += n;
      return b;
    }

    byte[] rest() {
      return bytes(remaining());
    }

    void skip(int n) {
      need(n);
      position += n;
    }

    private void need(int n) {
      if (n < 0 || remaining() < n) {
        throw new IllegalStateException("truncated packet: " + remaining() + " bytes left (expected: >= " + n + ")");
      }
    }
  }
}
