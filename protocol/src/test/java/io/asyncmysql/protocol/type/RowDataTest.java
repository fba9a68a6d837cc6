package io.asyncmysql.protocol.type;

import static io.asyncmysql.protocol.type.Fixtures.assertEveryTruncationFails;
import static io.asyncmysql.protocol.type.Fixtures.column;
import static io.asyncmysql.protocol.type.Fixtures.hex;
import static io.asyncmysql.protocol.type.Fixtures.withBuffer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RowDataTest {
  private static final ColumnDefinition[] NINE_TINY = new ColumnDefinition[9];

  static {
    Arrays.fill(NINE_TINY, column(ColumnType.TINY));
  }

  /** LONGLONG, DATETIME (7 bytes), TIME (8 bytes), VAR_STRING, DOUBLE, NULL, DATE (0 bytes). */
  private static final ColumnDefinition[] MIXED = {
    column(ColumnType.LONGLONG), column(ColumnType.DATETIME), column(ColumnType.TIME), column(ColumnType.VAR_STRING),
    column(ColumnType.DOUBLE), column(ColumnType.NULL), column(ColumnType.DATE)
  };
  private static final String MIXED_ROW =
      "00 8000 0100000000000000 07 e807020c0d0e0f 08 0000000000010203 03 616263 000000000000f03f 00";

  @Test
  void textRowCellsAndNulls() {
    RowData row = text("01 31 fb 00 03 616263", 4);
    assertFalse(row.isBinary());
    assertEquals(4, row.columnCount());
    assertCell(row, 0, "1");
    assertTrue(row.isNull(1));
    assertCell(row, 2, "");
    assertCell(row, 3, "abc");
  }

  @Test
  void textRowWithLongLengthEncodedCell() {
    byte[] payload = new byte[4 + 300];
    payload[0] = (byte) 0xFC;
    payload[1] = (byte) 300;
    payload[2] = (byte) (300 >> 8);
    payload[3] = (byte) 0xFB;
    RowData row = withBuffer(Arrays.copyOf(payload, 3 + 300), buf -> RowData.text(buf, 1));
    assertEquals(1, row.columnCount());
    assertEquals(3, row.start(0));
    assertEquals(3 + 300, row.end(0));
  }

  /** Cell positions take 1, 2 or 4 bytes as the payload grows past 255 bytes and past 64 KiB. */
  @Test
  void textRowsOfEveryPayloadSizeKeepTheirCells() {
    for (int size : new int[] {0, 249, 250, 251, 252, 300, 0xFFFF - 8, 0xFFFF - 7, 70_000}) {
      byte[] big = new byte[size];
      Arrays.fill(big, (byte) 'x');
      ByteBuf payload = Unpooled.buffer();
      Payload.writeLenEncBytes(payload, "a".getBytes(StandardCharsets.UTF_8));
      Payload.writeLenEncBytes(payload, big);
      payload.writeByte(Payload.NULL_MARKER);
      Payload.writeLenEncBytes(payload, "z".getBytes(StandardCharsets.UTF_8));
      RowData row = withBuffer(ByteBufUtil.getBytes(payload), buf -> RowData.text(buf, 4));
      payload.release();
      assertEquals(4, row.columnCount(), "payload with a cell of " + size);
      assertCell(row, 0, "a");
      assertArrayEquals(big, cell(row, 1));
      assertTrue(row.isNull(2));
      assertCell(row, 3, "z");
    }
  }

  @Test
  void binaryRowOfMoreThan64KiBKeepsItsCells() {
    ColumnDefinition[] columns = {column(ColumnType.BLOB), column(ColumnType.LONG), column(ColumnType.TINY)};
    byte[] big = new byte[70_000];
    Arrays.fill(big, (byte) 7);
    ByteBuf payload = Unpooled.buffer().writeByte(0).writeByte(0x10);
    Payload.writeLenEncBytes(payload, big);
    payload.writeIntLE(-2);
    RowData row = withBuffer(ByteBufUtil.getBytes(payload), buf -> RowData.binary(buf, columns));
    payload.release();
    assertArrayEquals(big, cell(row, 0));
    assertArrayEquals(hex("feffffff"), cell(row, 1));
    assertTrue(row.isNull(2));
  }

  @Test
  void textRowConsumesThePayloadAndCopiesIt() {
    byte[] bytes = hex("02 6869");
    RowData row = withBuffer(bytes, buf -> {
      RowData decoded = RowData.text(buf, 1);
      assertFalse(buf.isReadable());
      return decoded;
    });
    bytes[1] = 'X';
    assertCell(row, 0, "hi");
  }

  @Test
  void textRowWithMoreOrFewerCellsThanColumnsFails() {
    assertThrows(ProtocolException.class, () -> text("01 31 01 32", 1));
    assertThrows(ProtocolException.class, () -> text("01 31 01 32", 3));
    assertThrows(ProtocolException.class, () -> text("", 1));
    assertThrows(ProtocolException.class, () -> text("01 31", -1));
    assertThrows(ProtocolException.class, () -> text("01 31", 1 << 30));
  }

  @Test
  void textRowTruncationsAndForgedLengthsFail() {
    assertEveryTruncationFails(hex("01 31 fb 00 03 616263"), buf -> RowData.text(buf, 4));
    assertThrows(ProtocolException.class, () -> text("fe ffffffffffffff7f 00", 1));
    assertThrows(ProtocolException.class, () -> text("fe 0000000000000080 00", 1));
    assertThrows(ProtocolException.class, () -> text("fd ffffff 00", 1));
    assertThrows(ProtocolException.class, () -> text("ff", 1));
  }

  @Test
  void binaryNullBitmapStartsAtBitTwo() {
    RowData row = binary("00 04 07 0102030405", NINE_TINY);
    assertTrue(row.isBinary());
    assertTrue(row.isNull(0));
    for (int i = 1; i <= 5; i++) {
      assertFalse(row.isNull(i));
      assertArrayEquals(new byte[] {(byte) i}, cell(row, i));
    }
    assertTrue(row.isNull(6));
    assertTrue(row.isNull(7));
    assertTrue(row.isNull(8));
  }

  @Test
  void binaryNullAtLastBitOfFirstByteAndFirstBitOfSecond() {
    RowData row = binary("00 80 01 0001020304 0708", NINE_TINY);
    assertTrue(row.isNull(5));
    assertTrue(row.isNull(6));
    assertFalse(row.isNull(7));
    assertArrayEquals(new byte[] {4}, cell(row, 4));
    assertArrayEquals(new byte[] {8}, cell(row, 8));
    RowData noNulls = binary("00 00 00 010203040506070809", NINE_TINY);
    for (int i = 0; i < 9; i++) {
      assertArrayEquals(new byte[] {(byte) (i + 1)}, cell(noNulls, i));
    }
  }

  @Test
  void binaryCellsOfEveryLengthForm() {
    RowData row = binary(MIXED_ROW, MIXED);
    assertArrayEquals(hex("0100000000000000"), cell(row, 0));
    assertArrayEquals(hex("e807020c0d0e0f"), cell(row, 1));
    assertArrayEquals(hex("0000000000010203"), cell(row, 2));
    assertArrayEquals(hex("616263"), cell(row, 3));
    assertArrayEquals(hex("000000000000f03f"), cell(row, 4));
    assertTrue(row.isNull(5));
    assertFalse(row.isNull(6));
    assertEquals(0, cell(row, 6).length);
  }

  @Test
  void binaryRowTruncationsFail() {
    assertEveryTruncationFails(hex(MIXED_ROW), buf -> RowData.binary(buf, MIXED));
    assertEveryTruncationFails(hex("00 04 07 0102030405"), buf -> RowData.binary(buf, NINE_TINY));
  }

  @Test
  void binaryRowWithExtraBytesFails() {
    assertThrows(ProtocolException.class, () -> binary(MIXED_ROW + "00", MIXED));
    assertThrows(ProtocolException.class, () -> binary("00 04 07 010203040506", NINE_TINY));
  }

  @Test
  void binaryRowMalformationsFail() {
    assertThrows(ProtocolException.class, () -> binary("01 00 01", new ColumnDefinition[] {column(ColumnType.TINY)}));
    assertThrows(ProtocolException.class, () -> binary("fe 00 01", new ColumnDefinition[] {column(ColumnType.TINY)}));
    ColumnDefinition[] date = {column(ColumnType.DATE)};
    assertThrows(ProtocolException.class, () -> binary("00 00 05 e8070201ff", date));
    assertThrows(ProtocolException.class, () -> binary("00 00 0b e8070201", date));
    ColumnDefinition[] time = {column(ColumnType.TIME)};
    assertThrows(ProtocolException.class, () -> binary("00 00 07 00000000000102", time));
    ColumnDefinition[] blob = {column(ColumnType.BLOB)};
    assertThrows(ProtocolException.class, () -> binary("00 00 fe ffffffffffffff7f", blob));
    assertThrows(ProtocolException.class, () -> binary("00 00 fc 0001 00", blob));
  }

  @Test
  void cellIndexOutOfRangeIsAProgrammingError() {
    RowData row = text("01 31", 1);
    assertThrows(IndexOutOfBoundsException.class, () -> row.isNull(1));
    assertThrows(IndexOutOfBoundsException.class, () -> row.isNull(-1));
  }

  static RowData text(String hex, int columns) {
    return withBuffer(hex(hex), buf -> RowData.text(buf, columns));
  }

  static RowData binary(String hex, ColumnDefinition[] columns) {
    return withBuffer(hex(hex), buf -> RowData.binary(buf, columns));
  }

  private static byte[] cell(RowData row, int index) {
    assertFalse(row.isNull(index));
    return Arrays.copyOfRange(row.array(), row.start(index), row.end(index));
  }

  private static void assertCell(RowData row, int index, String expected) {
    assertEquals(expected, new String(cell(row, index), StandardCharsets.UTF_8));
  }
}
