package io.asyncmysql.protocol;

/**
 * The server status flags of OK and EOF packets ({@code SERVER_STATUS_*}), with queries for the
 * flags a driver acts on.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/mysql__com_8h.html">SERVER_STATUS_flags_enum</a>
 */
public final class ServerStatus {
  /** {@code SERVER_STATUS_IN_TRANS}: a transaction is active. */
  public static final int IN_TRANS = 1;
  /** {@code SERVER_STATUS_AUTOCOMMIT}: autocommit is on. */
  public static final int AUTOCOMMIT = 1 << 1;
  /** {@code SERVER_MORE_RESULTS_EXISTS}: another result follows. */
  public static final int MORE_RESULTS_EXISTS = 1 << 3;
  /** {@code SERVER_QUERY_NO_GOOD_INDEX_USED}. */
  public static final int QUERY_NO_GOOD_INDEX_USED = 1 << 4;
  /** {@code SERVER_QUERY_NO_INDEX_USED}. */
  public static final int QUERY_NO_INDEX_USED = 1 << 5;
  /** {@code SERVER_STATUS_CURSOR_EXISTS}: a cursor was opened; fetch its rows with {@code COM_STMT_FETCH}. */
  public static final int CURSOR_EXISTS = 1 << 6;
  /** {@code SERVER_STATUS_LAST_ROW_SENT}: the cursor has no more rows. */
  public static final int LAST_ROW_SENT = 1 << 7;
  /** {@code SERVER_STATUS_DB_DROPPED}: the current database was dropped. */
  public static final int DB_DROPPED = 1 << 8;
  /** {@code SERVER_STATUS_NO_BACKSLASH_ESCAPES}: the {@code NO_BACKSLASH_ESCAPES} SQL mode is on. */
  public static final int NO_BACKSLASH_ESCAPES = 1 << 9;
  /** {@code SERVER_STATUS_METADATA_CHANGED}: a prepared statement's metadata changed. */
  public static final int METADATA_CHANGED = 1 << 10;
  /** {@code SERVER_QUERY_WAS_SLOW}. */
  public static final int QUERY_WAS_SLOW = 1 << 11;
  /** {@code SERVER_PS_OUT_PARAMS}: the result set holds a procedure's OUT parameters. */
  public static final int PS_OUT_PARAMS = 1 << 12;
  /** {@code SERVER_STATUS_IN_TRANS_READONLY}: the active transaction is read-only. */
  public static final int IN_TRANS_READONLY = 1 << 13;
  /** {@code SERVER_SESSION_STATE_CHANGED}: the OK packet carries session state changes. */
  public static final int SESSION_STATE_CHANGED = 1 << 14;

  private ServerStatus() {}

  /** Whether a transaction is active. */
  public static boolean inTransaction(int status) {
    return (status & IN_TRANS) != 0;
  }

  /** Whether autocommit is on. */
  public static boolean autocommit(int status) {
    return (status & AUTOCOMMIT) != 0;
  }

  /** Whether another result follows this one. */
  public static boolean moreResultsExists(int status) {
    return (status & MORE_RESULTS_EXISTS) != 0;
  }

  /** Whether backslashes are ordinary characters in string literals. */
  public static boolean noBackslashEscapes(int status) {
    return (status & NO_BACKSLASH_ESCAPES) != 0;
  }

  /** Whether the statement opened a cursor. */
  public static boolean cursorExists(int status) {
    return (status & CURSOR_EXISTS) != 0;
  }

  /** Whether the cursor sent its last row. */
  public static boolean lastRowSent(int status) {
    return (status & LAST_ROW_SENT) != 0;
  }
}
