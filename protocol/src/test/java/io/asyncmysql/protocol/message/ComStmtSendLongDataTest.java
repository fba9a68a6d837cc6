package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.Fixtures.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class ComStmtSendLongDataTest {
  @Test
  void writesStatementParameterAndDataWithoutConsumingIt() {
    ByteBuf data = Unpooled.buffer().writeBytes(new byte[] {'a', 'b', 'c'});
    ComStmtSendLongData message = new ComStmtSendLongData(1, 2, data);
    try {
      assertEquals("18 01 00 00 00 02 00 61 62 63", encode(message, Session.INITIAL));
      assertEquals(3, data.readableBytes());
      assertEquals("18 01 00 00 00 02 00 61 62 63", encode(message, Session.INITIAL));
    } finally {
      message.release();
    }
    assertEquals(0, data.refCnt());
  }

  @Test
  void copiesKeepTheStatementAndParameter() {
    ComStmtSendLongData message = new ComStmtSendLongData(-2, 7, Unpooled.buffer().writeByte(1));
    ComStmtSendLongData copy = message.copy();
    message.release();
    try {
      assertEquals(-2, copy.statementId());
      assertEquals(7, copy.parameterIndex());
      assertEquals("18 fe ff ff ff 07 00 01", encode(copy, Session.INITIAL));
      assertEquals("ComStmtSendLongData(statementId: 4294967294, parameterIndex: 7, length: 1)", copy.toString());
    } finally {
      copy.release();
    }
  }
}
