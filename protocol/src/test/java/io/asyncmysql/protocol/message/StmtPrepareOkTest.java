package io.asyncmysql.protocol.message;

import static io.asyncmysql.protocol.message.Fixtures.assertTruncationsFail;
import static io.asyncmysql.protocol.message.Fixtures.decode;
import static io.asyncmysql.protocol.message.Fixtures.decodeFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StmtPrepareOkTest {
  /** The COM_STMT_PREPARE_OK example of the protocol documentation: statement 1, 1 column, 2 parameters. */
  private static final String DOCUMENTATION_EXAMPLE = "00 01 00 00 00 01 00 02 00 00 00 00";

  @Test
  void decodesTheDocumentationExample() {
    assertEquals(new StmtPrepareOk(1, 1, 2, 0), decode(DOCUMENTATION_EXAMPLE, StmtPrepareOk::decode));
  }

  @Test
  void decodesUnsignedFields() {
    assertEquals(
        new StmtPrepareOk(-1, 0xffff, 0xfffe, 7), decode("00 ff ff ff ff ff ff fe ff 00 07 00", StmtPrepareOk::decode));
  }

  @Test
  void rejectsAnotherHeader() {
    assertEquals(
        "COM_STMT_PREPARE_OK header: 0xff (expected: 0x0)",
        decodeFailure("ff 01 00 00 00 01 00 02 00 00 00 00", StmtPrepareOk::decode));
  }

  @Test
  void truncationsFailExceptWithoutWarningCount() {
    assertTruncationsFail(DOCUMENTATION_EXAMPLE, StmtPrepareOk::decode, Set.of(10));
  }
}
