package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Packet;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * What a server payload is, told apart by its first byte and its length. The same first byte means
 * different things in different phases (0x00 is an OK packet in answer to a command but the header of
 * a binary row; 0xFB asks for a local file but starts a text row whose first value is NULL), so there
 * is one method per phase. None of them reads or changes the payload's indexes.
 *
 * <h2>0xFE: end of rows or a row?</h2>
 *
 * A text row can start with 0xFE too: the prefix of a value's 8-byte length, used only for values of
 * 2<sup>24</sup> bytes or more. Such a row is at least 9 + 2<sup>24</sup> bytes long, more than the
 * {@value Packet#MAX_PAYLOAD_LENGTH} bytes one packet holds, while an OK or EOF packet always fits in
 * one packet. So a payload starting with 0xFE is the end of the rows when it is shorter than {@value
 * Packet#MAX_PAYLOAD_LENGTH} bytes: an OK packet under {@code CLIENT_DEPRECATE_EOF}, else an EOF
 * packet (which is 5 bytes; the classic rule "shorter than 9 bytes" agrees).
 */
public enum ServerPacketKind {
  /** An {@link OkPacket}. */
  OK,
  /** An {@link ErrPacket}. */
  ERR,
  /** A MariaDB {@link ProgressReport}: an ERR header with error code 0xFFFF. */
  PROGRESS_REPORT,
  /** An {@link EofPacket}. */
  EOF,
  /** A {@link HandshakeV10}. */
  HANDSHAKE,
  /** An {@link AuthSwitchRequest}. */
  AUTH_SWITCH_REQUEST,
  /** An {@link AuthMoreData}. */
  AUTH_MORE_DATA,
  /** A {@link LocalInfileRequest}. */
  LOCAL_INFILE_REQUEST,
  /** A {@link ColumnCount}: a result set starts. */
  COLUMN_COUNT,
  /** A row, or a column or parameter definition. */
  ROW;

  private static final int OK_HEADER = 0x00;
  private static final int AUTH_MORE_DATA_HEADER = 0x01;
  private static final int EOF_HEADER = 0xFE;

  /** The first packet of a connection: a handshake, or an ERR packet when the server refuses the client. */
  public static ServerPacketKind ofGreeting(ByteBuf payload) {
    return firstByte(payload) == ErrPacket.HEADER ? ERR : HANDSHAKE;
  }

  /**
   * An answer in the authentication exchange, after a handshake response, an auth switch response or
   * {@code COM_CHANGE_USER}: OK, ERR, an auth switch request or more auth data.
   *
   * @throws ProtocolException on an empty payload or another first byte
   */
  public static ServerPacketKind ofAuthResponse(ByteBuf payload) {
    int first = firstByte(payload);
    return switch (first) {
      case OK_HEADER -> OK;
      case ErrPacket.HEADER -> ERR;
      case EOF_HEADER -> AUTH_SWITCH_REQUEST;
      case AUTH_MORE_DATA_HEADER -> AUTH_MORE_DATA;
      default ->
          throw new ProtocolException(
              "auth response header: 0x" + Integer.toHexString(first) + " (expected: 0x0, 0x1, 0xfe or 0xff)");
    };
  }

  /**
   * The first answer to a command: OK, ERR, a progress report, a LOCAL INFILE request, a result set's
   * column count, or the OK or EOF packet some commands ({@code COM_SET_OPTION}) answer with. The
   * answers to {@code COM_CHANGE_USER} are auth responses instead, see {@link #ofAuthResponse}.
   *
   * @throws ProtocolException on an empty payload
   */
  public static ServerPacketKind ofCommandResponse(ByteBuf payload, Session session) {
    return switch (firstByte(payload)) {
      case OK_HEADER -> OK;
      case ErrPacket.HEADER -> ofErrHeader(payload);
      case LocalInfileRequest.HEADER -> LOCAL_INFILE_REQUEST;
      case EOF_HEADER -> endOfRows(session);
      default -> COLUMN_COUNT;
    };
  }

  /**
   * A packet where rows or column definitions are expected: a row, ERR, a progress report, or the end
   * of the rows (OK or EOF, see the class comment).
   *
   * @throws ProtocolException on an empty payload
   */
  public static ServerPacketKind ofRow(ByteBuf payload, Session session) {
    int first = firstByte(payload);
    if (first == ErrPacket.HEADER) {
      return ofErrHeader(payload);
    }
    if (first == EOF_HEADER && payload.readableBytes() < Packet.MAX_PAYLOAD_LENGTH) {
      return endOfRows(session);
    }
    return ROW;
  }

  private static ServerPacketKind ofErrHeader(ByteBuf payload) {
    return payload.readableBytes() >= 3
            && payload.getUnsignedShortLE(payload.readerIndex() + 1) == ErrPacket.PROGRESS_REPORT_CODE
        ? PROGRESS_REPORT
        : ERR;
  }

  private static ServerPacketKind endOfRows(Session session) {
    return session.has(Capabilities.DEPRECATE_EOF) ? OK : EOF;
  }

  private static int firstByte(ByteBuf payload) {
    if (!payload.isReadable()) {
      throw new ProtocolException("server packet: empty payload (expected: at least 1 byte)");
    }
    return payload.getUnsignedByte(payload.readerIndex());
  }
}
