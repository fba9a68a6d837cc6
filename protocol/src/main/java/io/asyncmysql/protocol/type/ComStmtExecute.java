package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.message.CommandMessage;
import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code COM_STMT_EXECUTE}: runs a prepared statement with its parameters in the binary protocol.
 *
 * <p>Parameters map to protocol types as follows: null → NULL; Boolean, Byte → TINY; Short, Year →
 * SHORT; Integer → LONG; Long → LONGLONG; BigInteger → LONGLONG, UNSIGNED LONGLONG from 2^63 to 2^64-1,
 * else NEWDECIMAL text; BigDecimal → NEWDECIMAL text; Float → FLOAT; Double → DOUBLE; String and enum
 * names → VAR_STRING in the session charset; UUID → its text; byte[] and ByteBuffer (its remaining
 * bytes, not consumed) → BLOB; LocalDate → DATE; LocalTime and Duration → TIME (negative and beyond a
 * day allowed); LocalDateTime → DATETIME; OffsetDateTime, ZonedDateTime and Instant → DATETIME of the
 * same instant in UTC, so the session's {@code time_zone} should be {@code +00:00} for TIMESTAMP
 * columns to store that instant. Fractions of a second are truncated to microseconds. Any other class
 * throws {@link ValueConversionException} when the message is created.
 *
 * @param statementId the id from {@code COM_STMT_PREPARE_OK}, unsigned 32-bit
 * @param flags a cursor type, e.g. {@link #CURSOR_TYPE_READ_ONLY} to fetch rows with {@code COM_STMT_FETCH}
 * @param parameters the parameter values, as many as the statement has placeholders; copied
 * @param sendTypes whether to send the parameter types (new-params-bound flag 1); {@code false} reuses
 *     the types of the previous execution, allowed when {@link #sameTypes} holds
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_stmt_execute.html">COM_STMT_EXECUTE</a>
 */
public record ComStmtExecute(long statementId, int flags, List<Object> parameters, boolean sendTypes)
    implements CommandMessage {
  /** The command byte. */
  public static final int COMMAND = 0x17;
  /** No cursor: the rows follow the response. */
  public static final int CURSOR_TYPE_NO_CURSOR = 0;
  /** A read-only cursor: rows are fetched with {@code COM_STMT_FETCH}. */
  public static final int CURSOR_TYPE_READ_ONLY = 1;
  /** A cursor for update. */
  public static final int CURSOR_TYPE_FOR_UPDATE = 2;
  /** A scrollable cursor. */
  public static final int CURSOR_TYPE_SCROLLABLE = 4;


  private static final int ITERATION_COUNT = 1;

  /** Checks the id and flags, copies the parameters and checks that each has a class the protocol can send. */
  public ComStmtExecute {
    if (statementId < 0 || statementId > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("statementId: " + statementId + " (expected: 0..2^32-1)");
    }
    if (flags < 0 || flags > 0xFF) {
      throw new IllegalArgumentException("flags: " + flags + " (expected: 0..255)");
    }
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    for (Object parameter : parameters) {
      BinaryParameter.typeOf(parameter);
    }
  }

  /** An execution without a cursor that sends the parameter types. */
  public static ComStmtExecute of(long statementId, List<?> parameters) {
    return new ComStmtExecute(statementId, CURSOR_TYPE_NO_CURSOR, Collections.unmodifiableList(parameters), true);
  }

  /**
   * An upper bound of the bytes one row of parameters adds to an execute or bulk execute packet in
   * {@code charset}: the values, plus 4 bytes per parameter for null bitmap, type and indicator.
   *
   * @throws ValueConversionException for a value of a class the protocol cannot send
   */
  public static long maxLength(Object[] row, Charset charset) {
    long length = 4L * row.length;
    for (Object value : row) {
      BinaryParameter.typeOf(value);
      length += BinaryParameter.maxLength(value, charset);
    }
    return length;
  }

  /**
   * Whether two parameter lists bind the same protocol types, so that an execution with {@code next}
   * may reuse the types sent with {@code previous} ({@code sendTypes = false}).
   */
  public static boolean sameTypes(List<?> previous, List<?> next) {
    if (previous.size() != next.size()) {
      return false;
    }
    for (int i = 0; i < next.size(); i++) {
      if (BinaryParameter.typeOf(previous.get(i)) != BinaryParameter.typeOf(next.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(COMMAND);
    Payload.writeInt4(out, statementId);
    out.writeByte(flags);
    Payload.writeInt4(out, ITERATION_COUNT);
    int count = parameters.size();
    if (count == 0) {
      return;
    }
    boolean queryAttributes = session.has(Capabilities.QUERY_ATTRIBUTES);
    if (queryAttributes) {
      Payload.writeLenEncInt(out, count);
    }
    for (int byteIndex = 0; byteIndex < (count + 7) / 8; byteIndex++) {
      int bits = 0;
      for (int bit = 0; bit < 8 && byteIndex * 8 + bit < count; bit++) {
        if (parameters.get(byteIndex * 8 + bit) == null) {
          bits |= 1 << bit;
        }
      }
      out.writeByte(bits);
    }
    out.writeByte(sendTypes ? 1 : 0);
    if (sendTypes) {
      for (Object parameter : parameters) {
        out.writeShortLE(BinaryParameter.typeOf(parameter));
        if (queryAttributes) {
          out.writeByte(0);
        }
      }
    }
    for (Object parameter : parameters) {
      if (parameter != null) {
        BinaryParameter.write(out, parameter, session.charset());
      }
    }
  }
}
