package io.asyncmysql.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ColumnCacheTest {
  private static final Session UTF8 = Session.INITIAL;
  private static final Session LATIN1 = new Session(0, StandardCharsets.ISO_8859_1, 64L << 20, false);

  @Test
  void theSameBytesGiveTheSameDefinitionWithoutDecodingAgain() {
    ColumnCache cache = new ColumnCache();
    ColumnDefinition first = cache.decode(definition("id"), UTF8);
    assertEquals("id", first.name());
    assertSame(first, cache.decode(definition("id"), UTF8));
    ColumnDefinition other = cache.decode(definition("randomNumber"), UTF8);
    assertEquals("randomNumber", other.name());
    assertSame(first, cache.decode(definition("id"), UTF8));
  }

  @Test
  void anotherCharsetDecodesAgain() {
    ColumnCache cache = new ColumnCache();
    ColumnDefinition utf8 = cache.decode(definition("caf\u00e9"), UTF8);
    ColumnDefinition latin1 = cache.decode(definition("caf\u00e9"), LATIN1);
    assertNotSame(utf8, latin1);
    assertEquals("caf\u00c3\u00a9", latin1.name());
  }

  @Test
  void definitionsTooLongToKeepAreDecodedEachTime() {
    ColumnCache cache = new ColumnCache();
    String longName = "c".repeat(600);
    ColumnDefinition first = cache.decode(definition(longName), UTF8);
    assertEquals(longName, first.name());
    assertNotSame(first, cache.decode(definition(longName), UTF8));
  }

  @Test
  void resultColumnsOfTheSameDefinitionsAreShared() {
    ColumnCache cache = new ColumnCache();
    ColumnDefinition id = cache.decode(definition("id"), UTF8);
    ColumnDefinition n = cache.decode(definition("n"), UTF8);
    ResultColumns columns = cache.columns(new ColumnDefinition[] {id, n}, DecodeOptions.DEFAULT);
    assertSame(columns, cache.columns(new ColumnDefinition[] {id, n}, DecodeOptions.DEFAULT));
    assertNotSame(columns, cache.columns(new ColumnDefinition[] {n, id}, DecodeOptions.DEFAULT));
    assertNotSame(columns, cache.columns(new ColumnDefinition[] {id}, DecodeOptions.DEFAULT));
    assertEquals(1, columns.indexOf("N"));
  }

  /** A column definition payload of an INT column {@code name} of {@code t} (the protocol's 41 format). */
  private static ByteBuf definition(String name) {
    ByteBuf payload = Unpooled.buffer();
    for (String s : new String[] {"def", "db", "t", "t", name, name}) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      if (bytes.length < 251) {
        payload.writeByte(bytes.length);
      } else {
        payload.writeByte(0xfc).writeShortLE(bytes.length);
      }
      payload.writeBytes(bytes);
    }
    payload.writeByte(0x0c).writeShortLE(63).writeIntLE(11).writeByte(3).writeShortLE(0).writeByte(0).writeShortLE(0);
    return payload;
  }
}
