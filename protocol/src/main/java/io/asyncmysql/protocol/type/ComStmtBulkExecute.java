package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.message.CommandMessage;
import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * MariaDB's {@code COM_STMT_BULK_EXECUTE}: runs a prepared statement once per row of parameters in
 * one command, answered by one OK packet (its affected rows summed over the rows) or one ERR. The
 * types are sent once, so every row binds the same protocol type per column, nulls excepted;
 * {@link #rowsFitting} finds such runs. Only for a server that negotiated {@code
 * MARIADB_CLIENT_STMT_BULK_OPERATIONS}, and only for statements without a result set.
 *
 * <p>Parameters map to protocol types as in {@link ComStmtExecute}.
 *
 * @see <a href="https://mariadb.com/kb/en/com_stmt_bulk_execute/">COM_STMT_BULK_EXECUTE</a>
 */
public final class ComStmtBulkExecute implements CommandMessage {
  private static final int SEND_TYPES_TO_SERVER = 128;
  private static final int INDICATOR_NONE = 0;
  private static final int INDICATOR_NULL = 1;
  /** Command byte, statement id and flags. */
  private static final int HEADER_LENGTH = 7;

  private final long statementId;
  private final List<Object[]> rows;
  private final int[] types;

  /**
   * @param statementId the id from {@code COM_STMT_PREPARE_OK}, unsigned 32-bit
   * @param rows the rows of parameters, at least one, each with one value per placeholder; the list
   *     is copied, the arrays are not and must not change until the command is written
   * @throws IllegalArgumentException when rows differ in length or bind different types in a column
   * @throws ValueConversionException for a value of a class the protocol cannot send
   */
  public ComStmtBulkExecute(long statementId, List<Object[]> rows) {
    if (statementId < 0 || statementId > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("statementId: " + statementId + " (expected: 0..2^32-1)");
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows: none (expected: at least one)");
    }
    this.statementId = statementId;
    this.rows = List.copyOf(rows);
    this.types = unbound(this.rows.getFirst().length);
    for (int r = 0; r < this.rows.size(); r++) {
      Object[] row = this.rows.get(r);
      if (row.length != types.length) {
        throw new IllegalArgumentException("row " + r + ": " + row.length + " parameters (expected: " + types.length + " like row 0)");
      }
      if (conflicts(types, row)) {
        throw new IllegalArgumentException("row " + r + ": a parameter of another type than the rows before (expected: one type per column)");
      }
      bind(types, row);
    }
  }

  /**
   * How many rows from {@code from} one bulk execute can carry: at least one, and then as many as
   * bind each column's type of the first (nulls go with any type) and, with the command's header,
   * take at most {@code maxBytes} in {@code charset}.
   *
   * @throws ValueConversionException for a value of a class the protocol cannot send
   */
  public static int rowsFitting(List<Object[]> rows, int from, long maxBytes, Charset charset) {
    int[] types = unbound(rows.get(from).length);
    long bytes = HEADER_LENGTH + 2L * types.length;
    int end = from;
    while (end < rows.size()) {
      Object[] row = rows.get(end);
      bytes += ComStmtExecute.maxLength(row, charset);
      if (end > from && (bytes > maxBytes || row.length != types.length || conflicts(types, row))) {
        break;
      }
      bind(types, row);
      end++;
    }
    return end - from;
  }

  private static int[] unbound(int parameters) {
    int[] types = new int[parameters];
    Arrays.fill(types, ColumnType.NULL.id());
    return types;
  }

  /** Whether a non-null value of the row has another type than the one bound for its column. */
  private static boolean conflicts(int[] types, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      int type = BinaryParameter.typeOf(row[i]);
      if (row[i] != null && types[i] != ColumnType.NULL.id() && types[i] != type) {
        return true;
      }
    }
    return false;
  }

  /** Binds the types of the row's non-null values to their columns. */
  private static void bind(int[] types, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (row[i] != null) {
        types[i] = BinaryParameter.typeOf(row[i]);
      }
    }
  }

  /** The statement id. */
  public long statementId() {
    return statementId;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.STMT_BULK_EXECUTE);
    Payload.writeInt4(out, statementId);
    out.writeShortLE(SEND_TYPES_TO_SERVER);
    for (int type : types) {
      out.writeShortLE(type);
    }
    for (Object[] row : rows) {
      for (Object value : row) {
        if (value == null) {
          out.writeByte(INDICATOR_NULL);
        } else {
          out.writeByte(INDICATOR_NONE);
          BinaryParameter.write(out, value, session.charset());
        }
      }
    }
  }

  @Override
  public String toString() {
    return "ComStmtBulkExecute[statementId=" + statementId + ", rows=" + rows.size() + "]";
  }
}
