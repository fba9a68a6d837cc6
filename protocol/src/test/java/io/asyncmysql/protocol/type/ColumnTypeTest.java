package io.asyncmysql.protocol.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {
  @Test
  void idsFollowEnumFieldTypes() {
    assertEquals(0, ColumnType.DECIMAL.id());
    assertEquals(8, ColumnType.LONGLONG.id());
    assertEquals(15, ColumnType.VARCHAR.id());
    assertEquals(19, ColumnType.TIME2.id());
    assertEquals(242, ColumnType.VECTOR.id());
    assertEquals(245, ColumnType.JSON.id());
    assertEquals(246, ColumnType.NEWDECIMAL.id());
    assertEquals(253, ColumnType.VAR_STRING.id());
    assertEquals(255, ColumnType.GEOMETRY.id());
  }

  @Test
  void everyTypeIsFoundByItsId() {
    for (ColumnType type : ColumnType.values()) {
      assertEquals(type, ColumnType.of(type.id()));
    }
  }

  @Test
  void unknownIdsAreRejected() {
    assertThrows(ProtocolException.class, () -> ColumnType.of(21));
    assertThrows(ProtocolException.class, () -> ColumnType.of(200));
    assertThrows(ProtocolException.class, () -> ColumnType.of(256));
    assertThrows(ProtocolException.class, () -> ColumnType.of(-1));
  }

  @Test
  void flagsAreTheDocumentedBits() {
    assertEquals(0x0001, ColumnFlags.NOT_NULL);
    assertEquals(0x0020, ColumnFlags.UNSIGNED);
    assertEquals(0x0080, ColumnFlags.BINARY);
    assertEquals(0x0800, ColumnFlags.SET);
    assertEquals(0x8000, ColumnFlags.NUM);
    assertTrue(ColumnFlags.has(0x0021, ColumnFlags.UNSIGNED));
    assertFalse(ColumnFlags.has(0x0001, ColumnFlags.UNSIGNED));
  }
}
