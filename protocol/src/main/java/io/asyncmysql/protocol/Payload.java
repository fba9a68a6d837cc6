package io.asyncmysql.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the protocol's basic data types over a packet payload: little-endian fixed
 * integers, length-encoded integers and strings, NUL-terminated strings.
 *
 * <p>Every read checks the bytes that remain before it reads, casts or allocates, and ends in a
 * {@link ProtocolException} on a short or forged payload. Static methods, so the hot paths allocate
 * nothing but the values they return.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_basic_data_types.html">Basic
 *     data types</a>
 */
public final class Payload {
  /** The first byte of a length-encoded integer that stands for SQL NULL in a text row. */
  public static final int NULL_MARKER = 0xFB;

  private Payload() {}

  /** Reads an unsigned 1-byte integer. */
  public static int readInt1(ByteBuf in) {
    require(in, 1, "int<1>");
    return in.readUnsignedByte();
  }

  /** Reads an unsigned little-endian 2-byte integer. */
  public static int readInt2(ByteBuf in) {
    require(in, 2, "int<2>");
    return in.readUnsignedShortLE();
  }

  /** Reads an unsigned little-endian 3-byte integer. */
  public static int readInt3(ByteBuf in) {
    require(in, 3, "int<3>");
    return in.readUnsignedMediumLE();
  }

  /** Reads an unsigned little-endian 4-byte integer. */
  public static long readInt4(ByteBuf in) {
    require(in, 4, "int<4>");
    return in.readUnsignedIntLE();
  }

  /** Reads a little-endian 4-byte integer as a signed {@code int}. */
  public static int readInt4AsInt(ByteBuf in) {
    require(in, 4, "int<4>");
    return in.readIntLE();
  }

  /** Reads an unsigned little-endian 6-byte integer. */
  public static long readInt6(ByteBuf in) {
    require(in, 6, "int<6>");
    long low = in.readUnsignedIntLE();
    long high = in.readUnsignedShortLE();
    return low | high << 32;
  }

  /** Reads a little-endian 8-byte integer; the caller decides whether it is unsigned. */
  public static long readInt8(ByteBuf in) {
    require(in, 8, "int<8>");
    return in.readLongLE();
  }

  /**
   * Reads a length-encoded integer. The result is unsigned in the protocol; values of 2^63 and above
   * come back negative, which the callers that take lengths reject.
   *
   * @throws ProtocolException on a truncated integer or the reserved first bytes 0xFB and 0xFF
   */
  public static long readLenEncInt(ByteBuf in) {
    int first = readInt1(in);
    return switch (first) {
      case 0xFC -> readInt2(in);
      case 0xFD -> readInt3(in);
      case 0xFE -> readInt8(in);
      case 0xFB, 0xFF ->
          throw new ProtocolException(
              "length-encoded integer: first byte 0x" + Integer.toHexString(first) + " (expected: not 0xFB or 0xFF)");
      default -> first;
    };
  }

  /**
   * Reads a length-encoded length and checks that so many bytes remain.
   *
   * @return the length, at most {@code in.readableBytes()}
   */
  public static int readLenEncLength(ByteBuf in) {
    long length = readLenEncInt(in);
    if (length < 0 || length > in.readableBytes()) {
      throw new ProtocolException(
          "length-encoded length: " + Long.toUnsignedString(length) + " (expected: <= " + in.readableBytes() + ")");
    }
    return (int) length;
  }

  /** Reads a length-encoded string in the given charset. */
  public static String readLenEncString(ByteBuf in, Charset charset) {
    int length = readLenEncLength(in);
    String value = in.toString(in.readerIndex(), length, charset);
    in.skipBytes(length);
    return value;
  }

  /** Reads length-encoded bytes into a new array. */
  public static byte[] readLenEncBytes(ByteBuf in) {
    int length = readLenEncLength(in);
    byte[] value = new byte[length];
    in.readBytes(value);
    return value;
  }

  /** Skips a length-encoded string. */
  public static void skipLenEncString(ByteBuf in) {
    in.skipBytes(readLenEncLength(in));
  }

  /**
   * Reads a NUL-terminated string and consumes the terminator.
   *
   * @throws ProtocolException when no NUL byte remains
   */
  public static String readNulString(ByteBuf in, Charset charset) {
    int end = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) 0);
    if (end < 0) {
      throw new ProtocolException("NUL-terminated string: no terminator in " + in.readableBytes() + " bytes");
    }
    String value = in.toString(in.readerIndex(), end - in.readerIndex(), charset);
    in.readerIndex(end + 1);
    return value;
  }

  /** Reads a NUL-terminated string, or the rest of the payload when no NUL byte remains. */
  public static String readNulOrRestString(ByteBuf in, Charset charset) {
    int end = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) 0);
    if (end < 0) {
      return readRestString(in, charset);
    }
    return readNulString(in, charset);
  }

  /** Reads a string of a fixed length. */
  public static String readFixedString(ByteBuf in, int length, Charset charset) {
    requireFixed(in, length, "string");
    String value = in.toString(in.readerIndex(), length, charset);
    in.skipBytes(length);
    return value;
  }

  /** Reads the rest of the payload as a string. */
  public static String readRestString(ByteBuf in, Charset charset) {
    String value = in.toString(charset);
    in.skipBytes(in.readableBytes());
    return value;
  }

  /** Reads bytes of a fixed length into a new array. */
  public static byte[] readFixedBytes(ByteBuf in, int length) {
    requireFixed(in, length, "string");
    byte[] value = new byte[length];
    in.readBytes(value);
    return value;
  }

  /** Reads the rest of the payload into a new array. */
  public static byte[] readRestBytes(ByteBuf in) {
    return readFixedBytes(in, in.readableBytes());
  }

  /** Skips a fixed number of bytes. */
  public static void skip(ByteBuf in, int length) {
    requireFixed(in, length, "skip");
    in.skipBytes(length);
  }

  /** As {@link #require}, naming the field {@code kind<length>}, a name built only on failure. */
  private static void requireFixed(ByteBuf in, int length, String kind) {
    if (length < 0 || in.readableBytes() < length) {
      require(in, length, kind + "<" + length + ">");
    }
  }

  /**
   * Checks that {@code length} bytes remain.
   *
   * @param what the name of the field being read, for the error message
   */
  public static void require(ByteBuf in, int length, String what) {
    if (length < 0 || in.readableBytes() < length) {
      throw new ProtocolException(
          "truncated " + what + ": " + in.readableBytes() + " bytes left (expected: >= " + length + ")");
    }
  }

  /** Writes a little-endian 2-byte integer. */
  public static void writeInt2(ByteBuf out, int value) {
    out.writeShortLE(value);
  }

  /** Writes a little-endian 3-byte integer. */
  public static void writeInt3(ByteBuf out, int value) {
    out.writeMediumLE(value);
  }

  /** Writes a little-endian 4-byte integer. */
  public static void writeInt4(ByteBuf out, long value) {
    out.writeIntLE((int) value);
  }

  /** Writes a little-endian 8-byte integer. */
  public static void writeInt8(ByteBuf out, long value) {
    out.writeLongLE(value);
  }

  /** Writes a length-encoded integer, reading {@code value} as unsigned. */
  public static void writeLenEncInt(ByteBuf out, long value) {
    if (value >= 0 && value < 0xFB) {
      out.writeByte((int) value);
    } else if (value >= 0 && value < 1 << 16) {
      out.writeByte(0xFC);
      out.writeShortLE((int) value);
    } else if (value >= 0 && value < 1 << 24) {
      out.writeByte(0xFD);
      out.writeMediumLE((int) value);
    } else {
      out.writeByte(0xFE);
      out.writeLongLE(value);
    }
  }

  /** The number of bytes {@link #writeLenEncInt} writes for {@code value}. */
  public static int lenEncIntSize(long value) {
    if (value >= 0 && value < 0xFB) {
      return 1;
    } else if (value >= 0 && value < 1 << 16) {
      return 3;
    } else if (value >= 0 && value < 1 << 24) {
      return 4;
    }
    return 9;
  }

  /** Writes bytes prefixed with their length-encoded length. */
  public static void writeLenEncBytes(ByteBuf out, byte[] value) {
    writeLenEncInt(out, value.length);
    out.writeBytes(value);
  }

  /** Writes a string prefixed with its length-encoded length in bytes. */
  public static void writeLenEncString(ByteBuf out, String value, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      writeLenEncInt(out, ByteBufUtil.utf8Bytes(value));
      out.writeCharSequence(value, charset);
    } else {
      writeLenEncBytes(out, value.getBytes(charset));
    }
  }

  /** Writes a string followed by a NUL byte. */
  public static void writeNulString(ByteBuf out, String value, Charset charset) {
    out.writeCharSequence(value, charset);
    out.writeByte(0);
  }
}
