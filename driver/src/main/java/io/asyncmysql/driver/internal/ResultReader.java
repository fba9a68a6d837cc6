package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.ServerStatus;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.message.ColumnCount;
import io.asyncmysql.protocol.message.EofPacket;
import io.asyncmysql.protocol.message.ErrPacket;
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * Reads the response to a statement, in the text or binary protocol: OK, or an error, or result
 * sets (column count, column definitions, [EOF], rows, EOF or OK), repeated while the server says
 * more results exist.
 *
 * <pre>
 *  FIRST ──ok──▶ (more? FIRST : done)        FIRST ──column count──▶ COLUMNS ──n defs──▶ [COLUMNS_EOF] ──▶ ROWS
 *  ROWS ──row──▶ ROWS                          ROWS ──eof/ok──▶ (more? FIRST : done)
 * </pre>
 */
final class ResultReader {
  private enum State {
    FIRST,
    COLUMNS,
    COLUMNS_EOF,
    ROWS
  }

  private final ResultSink sink;
  private final boolean binary;
  private State state = State.FIRST;
  private ColumnDefinition[] columns;
  private int columnsRead;
  private ErrPacket error;

  ResultReader(ResultSink sink, boolean binary) {
    this.sink = sink;
    this.binary = binary;
  }

  /** A reader of more rows of a result whose columns are known: the response to {@code COM_STMT_FETCH}. */
  ResultReader(ResultSink sink, ColumnDefinition[] columns) {
    this(sink, true);
    this.columns = columns;
    this.state = State.ROWS;
  }


  /** Whether the next packet is the first of a result (the response's first, or after {@code more results}). */
  boolean awaitsFirstPacket() {
    return state == State.FIRST;
  }

  /** The server's error, when the response was one; the reader is then done. */
  ErrPacket error() {
    return error;
  }

  /**
   * Reads one packet.
   *
   * @return whether the response is complete
   */
  boolean read(ByteBuf payload, ConnectionContext connection) {
    Session session = connection.session();
    return switch (state) {
      case FIRST -> readFirst(payload, connection);
      case COLUMNS -> {
        columns[columnsRead++] = connection.columns.decode(payload, session);
        if (columnsRead == columns.length) {
          state = session.has(Capabilities.DEPRECATE_EOF) ? State.ROWS : State.COLUMNS_EOF;
          if (state == State.ROWS) {
            sink.columns(columns);
          }
        }
        yield false;
      }
      case COLUMNS_EOF -> {
        expect(ServerPacketKind.EOF, ServerPacketKind.ofRow(payload, session));
        state = State.ROWS;
        sink.columns(columns);
        yield false;
      }
      case ROWS -> readRow(payload, connection);
    };
  }

  private boolean readFirst(ByteBuf payload, ConnectionContext connection) {
    Session session = connection.session();
    switch (ServerPacketKind.ofCommandResponse(payload, session)) {
      case OK -> {
        return end(OkPacket.decode(payload, session), connection);
      }
      case ERR -> {
        error = ErrPacket.decode(payload, session);
        return true;
      }
      case COLUMN_COUNT -> {
        ColumnCount count = ColumnCount.decode(payload, session);
        columns = new ColumnDefinition[count.count()];
        columnsRead = 0;
        state = State.COLUMNS;
        return false;
      }
      default -> throw new ProtocolException("statement response: unexpected packet 0x" + Integer.toHexString(payload.getUnsignedByte(payload.readerIndex())));
    }
  }

  private boolean readRow(ByteBuf payload, ConnectionContext connection) {
    Session session = connection.session();
    switch (ServerPacketKind.ofRow(payload, session)) {
      case ROW -> {
        sink.row(payload, binary);
        return false;
      }
      case OK -> {
        return end(OkPacket.decode(payload, session), connection);
      }
      case EOF -> {
        EofPacket eof = EofPacket.decode(payload);
        return end(new OkPacket(0, 0, eof.statusFlags(), eof.warningCount(), "", List.of()), connection);
      }
      case ERR -> {
        error = ErrPacket.decode(payload, session);
        return true;
      }
      default -> throw new ProtocolException("result row: unexpected packet 0x" + Integer.toHexString(payload.getUnsignedByte(payload.readerIndex())));
    }
  }

  private boolean end(OkPacket ok, ConnectionContext connection) {
    connection.serverStatus(ok.statusFlags());
    boolean more = ServerStatus.moreResultsExists(ok.statusFlags());
    sink.end(ok, more);
    state = State.FIRST;
    return !more;
  }

  private static void expect(ServerPacketKind wanted, ServerPacketKind actual) {
    if (wanted != actual) {
      throw new ProtocolException("packet: " + actual + " (expected: " + wanted + ")");
    }
  }
}
