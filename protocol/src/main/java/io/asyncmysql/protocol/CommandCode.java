package io.asyncmysql.protocol;

/**
 * The first byte of a command packet ({@code COM_*}).
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/my__command_8h.html">enum_server_command</a>
 */
public final class CommandCode {
  /** {@code COM_SLEEP}: internal to the server. */
  public static final int SLEEP = 0x00;
  /** {@code COM_QUIT}: close the connection. */
  public static final int QUIT = 0x01;
  /** {@code COM_INIT_DB}: change the default database. */
  public static final int INIT_DB = 0x02;
  /** {@code COM_QUERY}: run a text statement. */
  public static final int QUERY = 0x03;
  /** {@code COM_FIELD_LIST}: deprecated. */
  public static final int FIELD_LIST = 0x04;
  /** {@code COM_CREATE_DB}: deprecated. */
  public static final int CREATE_DB = 0x05;
  /** {@code COM_DROP_DB}: deprecated. */
  public static final int DROP_DB = 0x06;
  /** {@code COM_REFRESH}: deprecated. */
  public static final int REFRESH = 0x07;
  /** {@code COM_SHUTDOWN}: deprecated. */
  public static final int SHUTDOWN = 0x08;
  /** {@code COM_STATISTICS}: a human-readable status string. */
  public static final int STATISTICS = 0x09;
  /** {@code COM_PROCESS_INFO}: deprecated. */
  public static final int PROCESS_INFO = 0x0A;
  /** {@code COM_CONNECT}: internal to the server. */
  public static final int CONNECT = 0x0B;
  /** {@code COM_PROCESS_KILL}: deprecated; use {@code KILL} statements. */
  public static final int PROCESS_KILL = 0x0C;
  /** {@code COM_DEBUG}: dump debug information to the server log. */
  public static final int DEBUG = 0x0D;
  /** {@code COM_PING}: check that the server is alive. */
  public static final int PING = 0x0E;
  /** {@code COM_TIME}: internal to the server. */
  public static final int TIME = 0x0F;
  /** {@code COM_DELAYED_INSERT}: internal to the server. */
  public static final int DELAYED_INSERT = 0x10;
  /** {@code COM_CHANGE_USER}: re-authenticate as another user. */
  public static final int CHANGE_USER = 0x11;
  /** {@code COM_BINLOG_DUMP}: replication. */
  public static final int BINLOG_DUMP = 0x12;
  /** {@code COM_TABLE_DUMP}: replication. */
  public static final int TABLE_DUMP = 0x13;
  /** {@code COM_CONNECT_OUT}: internal to the server. */
  public static final int CONNECT_OUT = 0x14;
  /** {@code COM_REGISTER_SLAVE}: replication. */
  public static final int REGISTER_SLAVE = 0x15;
  /** {@code COM_STMT_PREPARE}: prepare a statement. */
  public static final int STMT_PREPARE = 0x16;
  /** {@code COM_STMT_EXECUTE}: execute a prepared statement. */
  public static final int STMT_EXECUTE = 0x17;
  /** {@code COM_STMT_SEND_LONG_DATA}: send a parameter value in parts. */
  public static final int STMT_SEND_LONG_DATA = 0x18;
  /** {@code COM_STMT_CLOSE}: deallocate a prepared statement. */
  public static final int STMT_CLOSE = 0x19;
  /** {@code COM_STMT_RESET}: reset a prepared statement's long data and cursor. */
  public static final int STMT_RESET = 0x1A;
  /** {@code COM_SET_OPTION}: switch multi-statements on or off. */
  public static final int SET_OPTION = 0x1B;
  /** {@code COM_STMT_FETCH}: fetch rows from a cursor. */
  public static final int STMT_FETCH = 0x1C;
  /** {@code COM_DAEMON}: internal to the server. */
  public static final int DAEMON = 0x1D;
  /** {@code COM_BINLOG_DUMP_GTID}: replication. */
  public static final int BINLOG_DUMP_GTID = 0x1E;
  /** {@code COM_RESET_CONNECTION}: reset the session without re-authenticating. */
  public static final int RESET_CONNECTION = 0x1F;
  /** {@code COM_STMT_BULK_EXECUTE} (MariaDB): execute a prepared statement for many rows. */
  public static final int STMT_BULK_EXECUTE = 0xFA;

  private CommandCode() {}
}
