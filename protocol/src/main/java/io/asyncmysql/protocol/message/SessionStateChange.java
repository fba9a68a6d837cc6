package io.asyncmysql.protocol.message;

/**
 * One session state change an OK packet reports under {@code CLIENT_SESSION_TRACK}, when the server
 * tracks it ({@code session_track_*} system variables).
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_basic_ok_packet.html">OK_Packet</a>
 */
public sealed interface SessionStateChange {
  /**
   * {@code SESSION_TRACK_SYSTEM_VARIABLES}: a tracked system variable got a value.
   *
   * @param name the variable's name
   * @param value its new value
   */
  record SystemVariable(String name, String value) implements SessionStateChange {}

  /**
   * {@code SESSION_TRACK_SCHEMA}: the default database changed.
   *
   * @param name the new default database
   */
  record Schema(String name) implements SessionStateChange {}

  /**
   * {@code SESSION_TRACK_STATE_CHANGE}: whether some session state changed.
   *
   * @param changed true for "1"
   */
  record StateChange(boolean changed) implements SessionStateChange {}

  /**
   * {@code SESSION_TRACK_GTIDS}: the GTIDs of the transaction.
   *
   * @param gtids the GTID set, as the server wrote it
   */
  record Gtids(String gtids) implements SessionStateChange {}

  /**
   * {@code SESSION_TRACK_TRANSACTION_CHARACTERISTICS}: the statements that would restart the
   * transaction with the same characteristics.
   *
   * @param characteristics for example {@code START TRANSACTION READ ONLY;}
   */
  record TransactionCharacteristics(String characteristics) implements SessionStateChange {}

  /**
   * {@code SESSION_TRACK_TRANSACTION_STATE}: the transaction's state as 8 flag characters.
   *
   * @param state for example {@code T_______}
   */
  record TransactionState(String state) implements SessionStateChange {}
}
