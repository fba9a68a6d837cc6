package io.asyncmysql.protocol;

/**
 * The capability flags client and server exchange in the handshake, as bits of a {@code long}: the
 * lower 32 bits are the protocol's {@code CLIENT_*} flags, the upper 32 bits MariaDB's extended
 * capabilities, which travel in 4 otherwise reserved bytes of the handshake packets.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/group__group__cs__capabilities__flags.html">Capabilities
 *     flags</a>
 * @see <a href="https://mariadb.com/kb/en/connection/#capabilities">MariaDB capabilities</a>
 */
public final class Capabilities {
  /** {@code CLIENT_LONG_PASSWORD}; MariaDB calls it {@code CLIENT_MYSQL} and leaves it unset. */
  public static final long LONG_PASSWORD = 1L;
  /** {@code CLIENT_FOUND_ROWS}: affected rows count the rows found, not the rows changed. */
  public static final long FOUND_ROWS = 1L << 1;
  /** {@code CLIENT_LONG_FLAG}: all column flags. */
  public static final long LONG_FLAG = 1L << 2;
  /** {@code CLIENT_CONNECT_WITH_DB}: the handshake response names a database. */
  public static final long CONNECT_WITH_DB = 1L << 3;
  /** {@code CLIENT_NO_SCHEMA}: forbid {@code database.table.column}. */
  public static final long NO_SCHEMA = 1L << 4;
  /** {@code CLIENT_COMPRESS}: the compressed protocol. */
  public static final long COMPRESS = 1L << 5;
  /** {@code CLIENT_ODBC}: unused. */
  public static final long ODBC = 1L << 6;
  /** {@code CLIENT_LOCAL_FILES}: {@code LOAD DATA LOCAL INFILE} is allowed. */
  public static final long LOCAL_FILES = 1L << 7;
  /** {@code CLIENT_IGNORE_SPACE}: a space may follow a function name. */
  public static final long IGNORE_SPACE = 1L << 8;
  /** {@code CLIENT_PROTOCOL_41}: the 4.1 protocol, which this codec requires. */
  public static final long PROTOCOL_41 = 1L << 9;
  /** {@code CLIENT_INTERACTIVE}: {@code interactive_timeout} applies instead of {@code wait_timeout}. */
  public static final long INTERACTIVE = 1L << 10;
  /** {@code CLIENT_SSL}: switch to TLS after the SSL request. */
  public static final long SSL = 1L << 11;
  /** {@code CLIENT_IGNORE_SIGPIPE}: client-side only. */
  public static final long IGNORE_SIGPIPE = 1L << 12;
  /** {@code CLIENT_TRANSACTIONS}: status flags report transactions. */
  public static final long TRANSACTIONS = 1L << 13;
  /** {@code CLIENT_RESERVED}: the old 4.1 protocol flag. */
  public static final long RESERVED = 1L << 14;
  /** {@code CLIENT_SECURE_CONNECTION} ({@code CLIENT_RESERVED2}): 4.1 authentication. */
  public static final long SECURE_CONNECTION = 1L << 15;
  /** {@code CLIENT_MULTI_STATEMENTS}: several statements in one {@code COM_QUERY}. */
  public static final long MULTI_STATEMENTS = 1L << 16;
  /** {@code CLIENT_MULTI_RESULTS}: several result sets for one {@code COM_QUERY}. */
  public static final long MULTI_RESULTS = 1L << 17;
  /** {@code CLIENT_PS_MULTI_RESULTS}: several result sets for one {@code COM_STMT_EXECUTE}. */
  public static final long PS_MULTI_RESULTS = 1L << 18;
  /** {@code CLIENT_PLUGIN_AUTH}: pluggable authentication. */
  public static final long PLUGIN_AUTH = 1L << 19;
  /** {@code CLIENT_CONNECT_ATTRS}: the handshake response carries connection attributes. */
  public static final long CONNECT_ATTRS = 1L << 20;
  /** {@code CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA}: the auth response is length-encoded. */
  public static final long PLUGIN_AUTH_LENENC_CLIENT_DATA = 1L << 21;
  /** {@code CLIENT_CAN_HANDLE_EXPIRED_PASSWORDS}: sandbox mode for expired passwords. */
  public static final long CAN_HANDLE_EXPIRED_PASSWORDS = 1L << 22;
  /** {@code CLIENT_SESSION_TRACK}: OK packets report session state changes. */
  public static final long SESSION_TRACK = 1L << 23;
  /** {@code CLIENT_DEPRECATE_EOF}: OK packets with header 0xFE replace EOF packets. */
  public static final long DEPRECATE_EOF = 1L << 24;
  /** {@code CLIENT_OPTIONAL_RESULTSET_METADATA} (MySQL): result set metadata may be left out. */
  public static final long OPTIONAL_RESULTSET_METADATA = 1L << 25;
  /** {@code CLIENT_ZSTD_COMPRESSION_ALGORITHM} (MySQL): zstd for the compressed protocol. */
  public static final long ZSTD_COMPRESSION_ALGORITHM = 1L << 26;
  /** {@code CLIENT_QUERY_ATTRIBUTES} (MySQL 8.0.23+): {@code COM_QUERY} carries attributes. */
  public static final long QUERY_ATTRIBUTES = 1L << 27;
  /** {@code MULTI_FACTOR_AUTHENTICATION} (MySQL 8.0.27+). */
  public static final long MULTI_FACTOR_AUTHENTICATION = 1L << 28;
  /** {@code CLIENT_CAPABILITY_EXTENSION}: reserved for more flags. */
  public static final long CAPABILITY_EXTENSION = 1L << 29;
  /** {@code CLIENT_SSL_VERIFY_SERVER_CERT}: client-side only. */
  public static final long SSL_VERIFY_SERVER_CERT = 1L << 30;
  /** {@code CLIENT_REMEMBER_OPTIONS}: client-side only. */
  public static final long REMEMBER_OPTIONS = 1L << 31;

  /** {@code MARIADB_CLIENT_PROGRESS}: progress reports in ERR packets with code 0xFFFF. */
  public static final long MARIADB_PROGRESS = 1L << 32;
  /** {@code MARIADB_CLIENT_COM_MULTI}: {@code COM_MULTI} (deprecated). */
  public static final long MARIADB_COM_MULTI = 1L << 33;
  /** {@code MARIADB_CLIENT_STMT_BULK_OPERATIONS}: {@code COM_STMT_BULK_EXECUTE}. */
  public static final long MARIADB_STMT_BULK_OPERATIONS = 1L << 34;
  /** {@code MARIADB_CLIENT_EXTENDED_TYPE_INFO}: column definitions name extended types. */
  public static final long MARIADB_EXTENDED_TYPE_INFO = 1L << 35;
  /** {@code MARIADB_CLIENT_CACHE_METADATA}: result sets may skip column definitions. */
  public static final long MARIADB_CACHE_METADATA = 1L << 36;
  /** {@code MARIADB_CLIENT_BULK_UNIT_RESULTS}: one result per bulk row. */
  public static final long MARIADB_BULK_UNIT_RESULTS = 1L << 37;

  /** What the client always asks for. */
  private static final long ALWAYS =
      LONG_PASSWORD
          | LONG_FLAG
          | PROTOCOL_41
          | TRANSACTIONS
          | SECURE_CONNECTION
          | MULTI_RESULTS
          | PS_MULTI_RESULTS
          | PLUGIN_AUTH
          | PLUGIN_AUTH_LENENC_CLIENT_DATA
          | SESSION_TRACK
          | DEPRECATE_EOF;

  private Capabilities() {}

  /**
   * What a client wants from a connection, as far as it bears on the capability flags.
   *
   * @param database whether the handshake response names a database
   * @param ssl whether the connection switches to TLS
   * @param multiStatements whether several statements may share a {@code COM_QUERY}
   * @param localInfile whether {@code LOAD DATA LOCAL INFILE} is allowed
   * @param connectAttributes whether the handshake response carries connection attributes
   * @param mariaDb whether the server is MariaDB, see {@code HandshakeV10.mariaDb()}
   */
  public record Wishes(
      boolean database,
      boolean ssl,
      boolean multiStatements,
      boolean localInfile,
      boolean connectAttributes,
      boolean mariaDb) {}

  /**
   * Negotiates the capabilities of a connection: what the client wants, limited to what the server
   * offers. The client always wants the 4.1 protocol with pluggable authentication, deprecated EOF
   * packets, multiple results and session tracking; the other flags follow {@code wishes}. The caller
   * checks that a flag it cannot do without (such as {@link #SSL}) survived.
   *
   * @param offered the server's capabilities from its handshake
   * @param wishes what the client wants
   * @return the capabilities to send in the handshake response: the wanted flags the server offers
   * @throws ProtocolException when the server does not offer {@link #PROTOCOL_41}
   */
  public static long negotiate(long offered, Wishes wishes) {
    if ((offered & PROTOCOL_41) == 0) {
      throw new ProtocolException(
          "server capabilities: 0x" + Long.toHexString(offered) + " (expected: CLIENT_PROTOCOL_41)");
    }
    long wanted = ALWAYS;
    wanted |= wishes.database() ? CONNECT_WITH_DB : 0;
    wanted |= wishes.ssl() ? SSL : 0;
    wanted |= wishes.multiStatements() ? MULTI_STATEMENTS : 0;
    wanted |= wishes.localInfile() ? LOCAL_FILES : 0;
    wanted |= wishes.connectAttributes() ? CONNECT_ATTRS : 0;
    wanted |= wishes.mariaDb() ? MARIADB_STMT_BULK_OPERATIONS | MARIADB_EXTENDED_TYPE_INFO : 0;
    return wanted & offered;
  }
}
