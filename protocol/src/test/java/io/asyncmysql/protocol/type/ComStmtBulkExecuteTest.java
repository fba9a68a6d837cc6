package io.asyncmysql.protocol.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComStmtBulkExecuteTest {
  @Test
  void sendsTheTypesOnceThenAnIndicatorAndAValuePerParameterPerRow() {
    List<Object[]> rows = List.of(new Object[] {1, "a"}, new Object[] {null, "bc"});
    assertEquals(hex("fa 01000000 8000", "0300 fd00", "00 01000000 00 0161", "01 00 026263"), encode(new ComStmtBulkExecute(1, rows)));
  }

  @Test
  void aColumnOnlyNullSoFarTakesTheTypeOfItsFirstValue() {
    List<Object[]> rows = List.of(new Object[] {null}, new Object[] {7L});
    assertEquals(hex("fa 02000000 8000", "0800", "01", "00 0700000000000000"), encode(new ComStmtBulkExecute(2, rows)));
  }

  @Test
  void unsignedTypesCarryTheirFlag() {
    List<Object[]> rows = List.<Object[]>of(new Object[] {java.math.BigInteger.ONE.shiftLeft(63)});
    assertTrue(encode(new ComStmtBulkExecute(1, rows)).startsWith("fa01000000" + "8000" + "0880"));
  }

  @Test
  void rowsOfAnotherLengthOrTypeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ComStmtBulkExecute(1, List.of(new Object[] {1}, new Object[] {1, 2})));
    assertThrows(IllegalArgumentException.class, () -> new ComStmtBulkExecute(1, List.of(new Object[] {1}, new Object[] {"1"})));
    assertThrows(IllegalArgumentException.class, () -> new ComStmtBulkExecute(1, List.of()));
    assertThrows(ValueConversionException.class, () -> new ComStmtBulkExecute(1, List.<Object[]>of(new Object[] {new Object()})));
  }

  @Test
  void aRunEndsWhereAColumnChangesTypeOrTheBytesRunOut() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {1, null});
    rows.add(new Object[] {2, "x"});
    rows.add(new Object[] {null, "y"});
    rows.add(new Object[] {4L, "z"});
    assertEquals(3, ComStmtBulkExecute.rowsFitting(rows, 0, 1 << 20, StandardCharsets.UTF_8), "an Integer, then a Long");
    assertEquals(1, ComStmtBulkExecute.rowsFitting(rows, 3, 1 << 20, StandardCharsets.UTF_8));
    long oneRow = 11 + ComStmtExecute.maxLength(rows.get(1), StandardCharsets.UTF_8) + ComStmtExecute.maxLength(rows.get(0), StandardCharsets.UTF_8);
    assertEquals(2, ComStmtBulkExecute.rowsFitting(rows, 0, oneRow, StandardCharsets.UTF_8));
    assertEquals(1, ComStmtBulkExecute.rowsFitting(rows, 0, 1, StandardCharsets.UTF_8), "one row, however large");
  }

  @Test
  void theLengthBoundHoldsForEveryParameterClass() {
    Object[] row = {null, true, (short) 1, 1, 1L, 1.5f, 2.5, "é€😀", java.util.UUID.randomUUID(), new byte[300],
        java.nio.ByteBuffer.wrap(new byte[70_000]), new java.math.BigDecimal("-12345.678E-20"), java.math.BigInteger.TEN.pow(40),
        java.time.LocalDate.now(), java.time.LocalTime.of(1, 2, 3, 456_789_000), java.time.LocalDateTime.now(),
        java.time.Duration.ofDays(-40).plusNanos(1000), java.time.Instant.now(), StandardCharsets.UTF_8.name()};
    ByteBuf out = Unpooled.buffer();
    try {
      for (Object value : row) {
        int before = out.writerIndex();
        if (value != null) {
          BinaryParameter.write(out, value, StandardCharsets.UTF_8);
        }
        assertTrue(out.writerIndex() - before <= BinaryParameter.maxLength(value, StandardCharsets.UTF_8), String.valueOf(value));
      }
    } finally {
      out.release();
    }
  }

  private static String hex(String... parts) {
    return String.join("", parts).replace(" ", "");
  }

  private static String encode(ComStmtBulkExecute bulk) {
    ByteBuf out = Unpooled.buffer();
    try {
      bulk.encode(out, Session.INITIAL);
      return ByteBufUtil.hexDump(out);
    } finally {
      out.release();
    }
  }
}
