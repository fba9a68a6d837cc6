package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;

/**
 * One result row, stored compactly for decoding on demand: one array holds a copy of the row payload
 * followed by the head of each cell, where its length prefix (or its value, when it has none)
 * starts. A value ends where the next cell's head is. Heads take 1 byte each when the payload is
 * shorter than 256 bytes, 2 when it is shorter than 64 KiB, else 4: a row of 10 cells in 200 bytes
 * costs an array of 210 bytes and this object. {@link ValueDecoder} turns a cell into a Java value
 * when it is read.
 *
 * <p>Not final, so that a client's row can be its {@code RowData} rather than a second object per
 * row; a subclass reads the row through the protected constructors.
 *
 * <p>A cell of the text protocol holds the value's text. A cell of the binary protocol holds the
 * value's binary form without its length prefix: the little-endian integer or float, the date/time
 * fields after their length byte, or the bytes of a length-encoded string.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_query_response_text_resultset_row.html">Text
 *     Resultset Row</a>
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_binary_resultset.html#sect_protocol_binary_resultset_row">Binary
 *     Resultset Row</a>
 */
public class RowData {
  private static final int BINARY_ROW_HEADER = 0x00;
  private static final int NULL_BITMAP_START = 1;
  private static final int NULL_BITMAP_OFFSET = 2;

  /** The payload, then the head of each cell. */
  private final byte[] data;
  /** The columns a binary row was read with, which give each cell's prefix; {@code null} for a text row. */
  private final ColumnDefinition[] columns;
  private final int payloadLength;

  /**
   * Reads a text-protocol row, as {@link #text}: for a subclass that is the row its users hold.
   *
   * @throws ProtocolException as {@link #text} does
   */
  protected RowData(ByteBuf payload, int columnCount) {
    this.payloadLength = payload.readableBytes();
    this.data = readText(payload, payloadLength, columnCount);
    this.columns = null;
  }

  /**
   * Reads a binary-protocol row, as {@link #binary}: for a subclass that is the row its users hold.
   *
   * @throws ProtocolException as {@link #binary} does
   */
  protected RowData(ByteBuf payload, ColumnDefinition[] columns) {
    this.payloadLength = payload.readableBytes();
    this.data = readBinary(payload, payloadLength, columns);
    this.columns = columns;
  }

  /**
   * Reads a text-protocol row: one length-encoded string per column, 0xFB for SQL NULL. Consumes the
   * whole payload; the caller keeps ownership of the buffer.
   *
   * @throws ProtocolException when a cell is truncated or bytes remain after the last column
   */
  public static RowData text(ByteBuf payload, int columnCount) {
    return new RowData(payload, columnCount);
  }

  private static byte[] readText(ByteBuf payload, int length, int columnCount) {
    if (columnCount < 0 || columnCount > payload.readableBytes()) {
      throw new ProtocolException(
          "row column count: " + columnCount + " (expected: 0.." + payload.readableBytes() + " for this payload)");
    }
    int start = payload.readerIndex();
    byte[] data = allocate(length, columnCount);
    for (int i = 0; i < columnCount; i++) {
      if (!payload.isReadable()) {
        throw new ProtocolException("truncated text row: cell " + i + " of " + columnCount + " missing");
      }
      putHead(data, length, i, payload.readerIndex() - start);
      if (payload.getUnsignedByte(payload.readerIndex()) == Payload.NULL_MARKER) {
        payload.skipBytes(1);
      } else {
        payload.skipBytes(Payload.readLenEncLength(payload));
      }
    }
    return finish(payload, start, length, data, false);
  }

  /**
   * Reads a binary-protocol row: the 0x00 header, the NULL bitmap (offset 2), then each non-NULL
   * value in the binary form of its column's type. Consumes the whole payload; the caller keeps
   * ownership of the buffer.
   *
   * @throws ProtocolException when the header is wrong, a value is truncated or has an impossible
   *     length, or bytes remain after the last column
   */
  public static RowData binary(ByteBuf payload, ColumnDefinition[] columns) {
    return new RowData(payload, columns);
  }

  private static byte[] readBinary(ByteBuf payload, int length, ColumnDefinition[] columns) {
    int start = payload.readerIndex();
    byte[] data = allocate(length, columns.length);
    int header = Payload.readInt1(payload);
    if (header != BINARY_ROW_HEADER) {
      throw new ProtocolException("binary row header: 0x" + Integer.toHexString(header) + " (expected: 0x00)");
    }
    int bitmapStart = payload.readerIndex();
    Payload.skip(payload, nullBitmapLength(columns.length));
    for (int i = 0; i < columns.length; i++) {
      putHead(data, length, i, payload.readerIndex() - start);
      int bit = i + NULL_BITMAP_OFFSET;
      if ((payload.getUnsignedByte(bitmapStart + bit / 8) & 1 << bit % 8) == 0) {
        payload.skipBytes(readBinaryLength(payload, columns[i].type(), i));
      }
    }
    return finish(payload, start, length, data, true);
  }

  /** Reads what precedes a binary value and returns the value's length, checked against the payload. */
  private static int readBinaryLength(ByteBuf payload, ColumnType type, int column) {
    int length =
        switch (type) {
          case DATE, NEWDATE, DATETIME, TIMESTAMP, DATETIME2, TIMESTAMP2 -> dateTimeLength(payload, column);
          case TIME, TIME2 -> timeLength(payload, column);
          default -> {
            int fixed = fixedLength(type);
            yield fixed >= 0 ? fixed : Payload.readLenEncLength(payload);
          }
        };
    if (payload.readableBytes() < length) {
      throw new ProtocolException(
          "truncated binary row cell " + column + " of type " + type + ": " + payload.readableBytes()
              + " bytes left (expected: >= " + length + ")");
    }
    return length;
  }

  /** The length of a type's binary value when it has no prefix, else -1. */
  private static int fixedLength(ColumnType type) {
    return switch (type) {
      case NULL -> 0;
      case TINY, BOOL -> 1;
      case SHORT, YEAR -> 2;
      case INT24, LONG, FLOAT -> 4;
      case LONGLONG, DOUBLE -> 8;
      default -> -1;
    };
  }

  private static int dateTimeLength(ByteBuf payload, int column) {
    int length = Payload.readInt1(payload);
    if (length != 0 && length != 4 && length != 7 && length != 11) {
      throw new ProtocolException(
          "binary row cell " + column + ": date/time length " + length + " (expected: 0, 4, 7 or 11)");
    }
    return length;
  }

  private static int timeLength(ByteBuf payload, int column) {
    int length = Payload.readInt1(payload);
    if (length != 0 && length != 8 && length != 12) {
      throw new ProtocolException("binary row cell " + column + ": time length " + length + " (expected: 0, 8 or 12)");
    }
    return length;
  }

  private static int nullBitmapLength(int columnCount) {
    return (columnCount + NULL_BITMAP_OFFSET + 7) / 8;
  }

  /** The array for a payload of {@code length} bytes and the heads of {@code cells} cells. */
  private static byte[] allocate(int length, int cells) {
    long size = length + ((long) cells << headShift(length));
    if (size > Integer.MAX_VALUE - 8) {
      throw new ProtocolException("row: " + length + " bytes and " + cells + " columns (expected: fewer)");
    }
    return new byte[(int) size];
  }

  /** Copies the payload into {@code data} once every cell has been read and no byte remains. */
  private static byte[] finish(ByteBuf payload, int start, int length, byte[] data, boolean binary) {
    if (payload.isReadable()) {
      throw new ProtocolException(
          (binary ? "binary" : "text") + " row: " + payload.readableBytes() + " bytes after the last column (expected: 0)");
    }
    payload.getBytes(start, data, 0, length);
    return data;
  }

  /**
   * The log2 of the bytes a cell's head takes after a payload of {@code length} bytes: heads run from
   * 0 to {@code length}, so 1 byte does below 256 bytes and 2 below 64 KiB.
   */
  private static int headShift(int length) {
    return length <= 0xFF ? 0 : length <= 0xFFFF ? 1 : 2;
  }

  /** Writes cell {@code index}'s head, little-endian, after the payload of {@code length} bytes. */
  private static void putHead(byte[] data, int length, int index, int head) {
    int shift = headShift(length);
    int at = length + (index << shift);
    for (int i = 0; i < 1 << shift; i++) {
      data[at + i] = (byte) (head >>> 8 * i);
    }
  }

  /** Whether this row came in the binary protocol (prepared statements) rather than text. */
  public final boolean isBinary() {
    return columns != null;
  }

  /** The number of cells. */
  public final int columnCount() {
    return data.length - payloadLength >> headShift(payloadLength);
  }

  /** Whether the cell is SQL NULL. */
  public final boolean isNull(int index) {
    checkIndex(index);
    if (columns == null) {
      return Byte.toUnsignedInt(data[head(index)]) == Payload.NULL_MARKER;
    }
    int bit = index + NULL_BITMAP_OFFSET;
    return (data[NULL_BITMAP_START + bit / 8] & 1 << bit % 8) != 0;
  }

  /** Where the cell's value starts in {@link #array()}, after its length prefix. */
  final int start(int index) {
    int head = head(checkIndex(index));
    if (columns == null) {
      return head + prefixLength(data[head]);
    }
    return switch (columns[index].type()) {
      case DATE, NEWDATE, DATETIME, TIMESTAMP, DATETIME2, TIMESTAMP2, TIME, TIME2 -> head + 1;
      default -> fixedLength(columns[index].type()) >= 0 ? head : head + prefixLength(data[head]);
    };
  }

  /** Where the cell's value ends in {@link #array()}: where the next cell starts. */
  final int end(int index) {
    return checkIndex(index) + 1 < columnCount() ? head(index + 1) : payloadLength;
  }

  /** The row payload; read-only by contract. */
  final byte[] array() {
    return data;
  }

  /** The bytes of a length-encoded integer that starts with {@code first}. */
  private static int prefixLength(byte first) {
    return switch (Byte.toUnsignedInt(first)) {
      case 0xFC -> 3;
      case 0xFD -> 4;
      case 0xFE -> 9;
      default -> 1;
    };
  }

  /** Where cell {@code index} starts: its length prefix, or its value when it has none. */
  private int head(int index) {
    int shift = headShift(payloadLength);
    int at = payloadLength + (index << shift);
    int head = 0;
    for (int i = (1 << shift) - 1; i >= 0; i--) {
      head = head << 8 | data[at + i] & 0xFF;
    }
    return head;
  }

  private int checkIndex(int index) {
    int count = columnCount();
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("column index: " + index + " (expected: 0.." + (count - 1) + ")");
    }
    return index;
  }
}
