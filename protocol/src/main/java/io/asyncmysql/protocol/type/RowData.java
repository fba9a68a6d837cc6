package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * One result row, stored compactly for decoding on demand: a single copy of the row payload and the
 * offset and length of each cell in it. A row costs these two arrays and nothing per cell; {@link
 * ValueDecoder} turns a cell into a Java value when it is read.
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
public final class RowData {
  private static final int NULL_LENGTH = -1;
  private static final int BINARY_ROW_HEADER = 0x00;
  private static final int NULL_BITMAP_OFFSET = 2;

  private final byte[] data;
  private final int[] cells;
  private final boolean binary;

  private RowData(byte[] data, int[] cells, boolean binary) {
    this.data = data;
    this.cells = cells;
    this.binary = binary;
  }

  /**
   * Reads a text-protocol row: one length-encoded string per column, 0xFB for SQL NULL. Consumes the
   * whole payload; the caller keeps ownership of the buffer.
   *
   * @throws ProtocolException when a cell is truncated or bytes remain after the last column
   */
  public static RowData text(ByteBuf payload, int columnCount) {
    int start = payload.readerIndex();
    int[] cells = new int[checkedCellArrayLength(columnCount, payload)];
    for (int i = 0; i < columnCount; i++) {
      if (!payload.isReadable()) {
        throw new ProtocolException("truncated text row: cell " + i + " of " + columnCount + " missing");
      }
      if (payload.getUnsignedByte(payload.readerIndex()) == Payload.NULL_MARKER) {
        payload.skipBytes(1);
        cells[2 * i] = payload.readerIndex() - start;
        cells[2 * i + 1] = NULL_LENGTH;
      } else {
        int length = Payload.readLenEncLength(payload);
        cells[2 * i] = payload.readerIndex() - start;
        cells[2 * i + 1] = length;
        payload.skipBytes(length);
      }
    }
    return finish(payload, start, cells, false);
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
    int start = payload.readerIndex();
    int header = Payload.readInt1(payload);
    if (header != BINARY_ROW_HEADER) {
      throw new ProtocolException("binary row header: 0x" + Integer.toHexString(header) + " (expected: 0x00)");
    }
    int[] cells = new int[2 * columns.length];
    int bitmapStart = payload.readerIndex();
    Payload.skip(payload, (columns.length + NULL_BITMAP_OFFSET + 7) / 8);
    for (int i = 0; i < columns.length; i++) {
      int bit = i + NULL_BITMAP_OFFSET;
      boolean isNull = (payload.getUnsignedByte(bitmapStart + bit / 8) & 1 << bit % 8) != 0;
      int length = isNull ? NULL_LENGTH : readBinaryLength(payload, columns[i].type(), i);
      cells[2 * i] = payload.readerIndex() - start;
      cells[2 * i + 1] = length;
      if (length > 0) {
        payload.skipBytes(length);
      }
    }
    return finish(payload, start, cells, true);
  }

  /** Reads what precedes a binary value and returns the value's length, checked against the payload. */
  private static int readBinaryLength(ByteBuf payload, ColumnType type, int column) {
    int length =
        switch (type) {
          case NULL -> 0;
          case TINY, BOOL -> 1;
          case SHORT, YEAR -> 2;
          case INT24, LONG, FLOAT -> 4;
          case LONGLONG, DOUBLE -> 8;
          case DATE, NEWDATE, DATETIME, TIMESTAMP, DATETIME2, TIMESTAMP2 -> dateTimeLength(payload, column);
          case TIME, TIME2 -> timeLength(payload, column);
          default -> Payload.readLenEncLength(payload);
        };
    if (payload.readableBytes() < length) {
      throw new ProtocolException(
          "truncated binary row cell " + column + " of type " + type + ": " + payload.readableBytes()
              + " bytes left (expected: >= " + length + ")");
    }
    return length;
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

  /** Two ints per column; a column count the payload cannot hold is rejected before allocating. */
  private static int checkedCellArrayLength(int columnCount, ByteBuf payload) {
    if (columnCount < 0 || columnCount > payload.readableBytes()) {
      throw new ProtocolException(
          "row column count: " + columnCount + " (expected: 0.." + payload.readableBytes() + " for this payload)");
    }
    return 2 * columnCount;
  }

  private static RowData finish(ByteBuf payload, int start, int[] cells, boolean binary) {
    if (payload.isReadable()) {
      throw new ProtocolException(
          (binary ? "binary" : "text") + " row: " + payload.readableBytes() + " bytes after the last column (expected: 0)");
    }
    byte[] data = ByteBufUtil.getBytes(payload, start, payload.readerIndex() - start);
    return new RowData(data, cells, binary);
  }

  /** Whether this row came in the binary protocol (prepared statements) rather than text. */
  public boolean isBinary() {
    return binary;
  }

  /** The number of cells. */
  public int columnCount() {
    return cells.length / 2;
  }

  /** Whether the cell is SQL NULL. */
  public boolean isNull(int index) {
    return cells[checkIndex(index) * 2 + 1] == NULL_LENGTH;
  }

  /** The offset of the cell's value in {@link #array()}. */
  int offset(int index) {
    return cells[checkIndex(index) * 2];
  }

  /** The length of the cell's value, {@code -1} for SQL NULL. */
  int length(int index) {
    return cells[checkIndex(index) * 2 + 1];
  }

  /** The row payload; read-only by contract. */
  byte[] array() {
    return data;
  }

  private int checkIndex(int index) {
    if (index < 0 || index >= cells.length / 2) {
      throw new IndexOutOfBoundsException("column index: " + index + " (expected: 0.." + (cells.length / 2 - 1) + ")");
    }
    return index;
  }
}
