package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.ServerStatus;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OK_Packet}: a command succeeded. Its header is 0x00, or 0xFE where it ends a result set
 * under {@code CLIENT_DEPRECATE_EOF}.
 *
 * @param affectedRows the rows changed (or found), unsigned 64 bits
 * @param lastInsertId the first auto-increment value generated, unsigned 64 bits
 * @param statusFlags the server status, see {@link ServerStatus}
 * @param warningCount the warnings of the command
 * @param info human-readable information, empty when there is none
 * @param stateChanges the session state changes, under {@code CLIENT_SESSION_TRACK}
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_basic_ok_packet.html">OK_Packet</a>
 */
public record OkPacket(
    long affectedRows,
    long lastInsertId,
    int statusFlags,
    int warningCount,
    String info,
    List<SessionStateChange> stateChanges) {
  private static final int HEADER = 0x00;
  private static final int EOF_HEADER = 0xFE;

  private static final int TRACK_SYSTEM_VARIABLES = 0;
  private static final int TRACK_SCHEMA = 1;
  private static final int TRACK_STATE_CHANGE = 2;
  private static final int TRACK_GTIDS = 3;
  private static final int TRACK_TRANSACTION_CHARACTERISTICS = 4;
  private static final int TRACK_TRANSACTION_STATE = 5;

  /** Copies {@code stateChanges} into an unmodifiable list. */
  public OkPacket {
    stateChanges = List.copyOf(stateChanges);
  }

  /**
   * Decodes an OK packet from a payload, reading from its reader index. Strings are read in the
   * session's charset.
   *
   * @throws ProtocolException on another header or a malformed packet
   */
  public static OkPacket decode(ByteBuf payload, Session session) {
    int header = Payload.readInt1(payload);
    if (header != HEADER && header != EOF_HEADER) {
      throw new ProtocolException("OK packet header: 0x" + Integer.toHexString(header) + " (expected: 0x0 or 0xfe)");
    }
    long affectedRows = Payload.readLenEncInt(payload);
    long lastInsertId = Payload.readLenEncInt(payload);
    int statusFlags = Payload.readInt2(payload);
    int warningCount = Payload.readInt2(payload);
    Charset charset = session.charset();
    if (!session.has(Capabilities.SESSION_TRACK)) {
      return new OkPacket(
          affectedRows, lastInsertId, statusFlags, warningCount, Payload.readRestString(payload, charset), List.of());
    }
    boolean stateChanged = (statusFlags & ServerStatus.SESSION_STATE_CHANGED) != 0;
    // The server leaves out an empty info string when no state changes follow it.
    String info = stateChanged || payload.isReadable() ? Payload.readLenEncString(payload, charset) : "";
    List<SessionStateChange> stateChanges = List.of();
    if (stateChanged) {
      stateChanges = readStateChanges(payload.readSlice(Payload.readLenEncLength(payload)), charset);
    }
    return new OkPacket(affectedRows, lastInsertId, statusFlags, warningCount, info, stateChanges);
  }

  /** Reads each {@code type, length-encoded data} entry; entries of unknown types are skipped. */
  private static List<SessionStateChange> readStateChanges(ByteBuf block, Charset charset) {
    List<SessionStateChange> changes = new ArrayList<>();
    while (block.isReadable()) {
      int type = Payload.readInt1(block);
      ByteBuf data = block.readSlice(Payload.readLenEncLength(block));
      switch (type) {
        case TRACK_SYSTEM_VARIABLES ->
            changes.add(
                new SessionStateChange.SystemVariable(
                    Payload.readLenEncString(data, charset), Payload.readLenEncString(data, charset)));
        case TRACK_SCHEMA -> changes.add(new SessionStateChange.Schema(Payload.readLenEncString(data, charset)));
        case TRACK_STATE_CHANGE ->
            changes.add(new SessionStateChange.StateChange("1".equals(Payload.readLenEncString(data, charset))));
        case TRACK_GTIDS -> {
          Payload.skip(data, 1); // the encoding specification; 0 is the only one
          changes.add(new SessionStateChange.Gtids(Payload.readLenEncString(data, charset)));
        }
        case TRACK_TRANSACTION_CHARACTERISTICS ->
            changes.add(new SessionStateChange.TransactionCharacteristics(Payload.readLenEncString(data, charset)));
        case TRACK_TRANSACTION_STATE ->
            changes.add(new SessionStateChange.TransactionState(Payload.readLenEncString(data, charset)));
        default -> {
          // A tracker this codec does not know: skip it, as the protocol allows.
        }
      }
    }
    return changes;
  }
}
