package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.Fixtures.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class LocalInfileDataTest {
  @Test
  void writesTheContentAsItIs() {
    ByteBuf content = Unpooled.buffer().writeBytes(new byte[] {'1', ',', 'a', '\n'});
    LocalInfileData data = new LocalInfileData(content);
    try {
      assertEquals("31 2c 61 0a", encode(data, Session.INITIAL));
      assertEquals(4, content.readableBytes());
    } finally {
      data.release();
    }
  }

  @Test
  void endIsAnEmptyPayload() {
    LocalInfileData end = LocalInfileData.end();
    assertEquals("", encode(end, Session.INITIAL));
    assertEquals("LocalInfileData(length: 0)", end.toString());
  }

  @Test
  void duplicatesAreLocalInfileData() {
    LocalInfileData data = new LocalInfileData(Unpooled.buffer().writeByte('x'));
    LocalInfileData duplicate = data.retainedDuplicate();
    data.release();
    try {
      assertEquals("78", encode(duplicate, Session.INITIAL));
    } finally {
      duplicate.release();
    }
  }
}
