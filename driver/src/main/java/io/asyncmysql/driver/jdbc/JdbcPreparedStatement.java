package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.BatchResult;
import io.asyncmysql.driver.RowSet;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link PreparedStatement} run as a server-side prepared statement ({@code
 * MySqlConnection.query(sql, parameters...)}, prepared once per connection and cached). Batches run
 * through {@code MySqlConnection.executeBatch} (an {@code INSERT}'s rows folded into few commands);
 * when generated keys were asked for, each row runs on its own, pipelined: every row is sent before
 * the first of their results is awaited, and the rows reach the server in order.
 */
class JdbcPreparedStatement extends JdbcStatement implements PreparedStatement {
  private static final Object UNSET = new Object();

  final String sql;
  private final boolean returnsGeneratedKeys;
  private final Object[] values;
  private final List<Object[]> batch = new ArrayList<>();

  JdbcPreparedStatement(JdbcConnection connection, String sql, boolean returnsGeneratedKeys) {
    super(connection);
    this.sql = sql;
    this.returnsGeneratedKeys = returnsGeneratedKeys;
    this.values = new Object[Placeholders.count(sql)];
    Arrays.fill(values, UNSET);
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    checkOpen();
    if (streams()) {
      return stream(connection.async().stream(sql, bound()));
    }
    execute();
    return resultSetOrFail("executeQuery");
  }

  @Override
  public int executeUpdate() throws SQLException {
    return Math.toIntExact(executeLargeUpdate());
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    execute();
    return updateCountOrFail("executeUpdate");
  }

  @Override
  public boolean execute() throws SQLException {
    checkOpen();
    return run(issue(bound()));
  }

  /** Sends the statement with its parameters; a {@code CallableStatement} sends more around it. */
  CompletableFuture<RowSet> issue(Object[] parameters) throws SQLException {
    return connection.async().query(sql, parameters);
  }

  /**
   * Whether a batch may run as a whole through {@code MySqlConnection.executeBatch}, which may fold
   * the rows of an {@code INSERT} into fewer statements: only when no generated keys were asked for,
   * since folded rows leave no key per row.
   */
  boolean foldsBatches() {
    return !returnsGeneratedKeys;
  }

  /** Whether a value was set for the parameter (a valid index). */
  final boolean isSet(int parameterIndex) {
    return values[parameterIndex - 1] != UNSET;
  }

  /** A copy of the values, after checking that every one is set. */
  private Object[] bound() throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == UNSET) {
        throw new SQLException(
            "parameter " + (i + 1) + ": not set (expected: a value for every ?, " + values.length + " in all)", "07001");
      }
    }
    return values.clone();
  }

  @Override
  public void addBatch() throws SQLException {
    checkOpen();
    batch.add(bound());
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    if (foldsBatches()) {
      CompletableFuture<BatchResult> running = connection.async().executeBatch(sql, batch);
      batch.clear();
      return awaitBatch(running);
    }
    List<CompletableFuture<RowSet>> issued = new ArrayList<>(batch.size());
    for (Object[] row : batch) {
      issued.add(issue(row));
    }
    batch.clear();
    return runBatch(issued);
  }

  @Override
  public int[] executeBatch() throws SQLException {
    return toInts(executeLargeBatch());
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    Arrays.fill(values, UNSET);
  }

  private void set(int parameterIndex, Object value) throws SQLException {
    checkOpen();
    if (parameterIndex < 1 || parameterIndex > values.length) {
      throw new SQLException("parameter index: " + parameterIndex + " (expected: 1.." + values.length + ", one per ?)", "07009");
    }
    values[parameterIndex - 1] = value;
  }

  @Override
  public void setNull(int parameterIndex, int sqlType) throws SQLException {
    set(parameterIndex, null);
  }

  @Override
  public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
    set(parameterIndex, null);
  }

  @Override
  public void setBoolean(int parameterIndex, boolean x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setByte(int parameterIndex, byte x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setShort(int parameterIndex, short x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setInt(int parameterIndex, int x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setLong(int parameterIndex, long x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setFloat(int parameterIndex, float x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setDouble(int parameterIndex, double x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setString(int parameterIndex, String x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setNString(int parameterIndex, String value) throws SQLException {
    set(parameterIndex, value);
  }

  @Override
  public void setBytes(int parameterIndex, byte[] x) throws SQLException {
    set(parameterIndex, x);
  }

  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    set(parameterIndex, ParameterValues.of(x));
  }

  @Override
  public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
    set(parameterIndex, x == null ? null : Instant.ofEpochMilli(x.getTime()).atZone(SqlTimes.zone(cal)).toLocalDate());
  }

  @Override
  public void setTime(int parameterIndex, Time x) throws SQLException {
    set(parameterIndex, ParameterValues.of(x));
  }

  @Override
  public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
    set(parameterIndex, x == null ? null : Instant.ofEpochMilli(x.getTime()).atZone(SqlTimes.zone(cal)).toLocalTime());
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    set(parameterIndex, ParameterValues.of(x));
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
    set(parameterIndex, x == null ? null : x.toInstant().atZone(SqlTimes.zone(cal)).toLocalDateTime());
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    set(parameterIndex, ParameterValues.of(x));
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    set(parameterIndex, ParameterValues.of(x, targetSqlType, -1));
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
    set(parameterIndex, ParameterValues.of(x, targetSqlType, scaleOrLength));
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
    setObject(parameterIndex, x, vendorTypeNumber(targetSqlType));
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
    setObject(parameterIndex, x, vendorTypeNumber(targetSqlType), scaleOrLength);
  }

  private static int vendorTypeNumber(SQLType type) throws SQLException {
    if (type == null || type.getVendorTypeNumber() == null) {
      throw new SQLFeatureNotSupportedException("target SQL type: " + type + " (expected: a java.sql.JDBCType)");
    }
    return type.getVendorTypeNumber();
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
    setAsciiStream(parameterIndex, x, (long) length);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
    byte[] bytes = ParameterValues.bytes(x, length);
    set(parameterIndex, bytes == null ? null : new String(bytes, StandardCharsets.US_ASCII));
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
    setAsciiStream(parameterIndex, x, -1L);
  }

  @Override
  @Deprecated
  public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
    throw new SQLFeatureNotSupportedException("setUnicodeStream (expected: setCharacterStream; it is deprecated)");
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
    set(parameterIndex, ParameterValues.bytes(x, length));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
    set(parameterIndex, ParameterValues.bytes(x, length));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
    set(parameterIndex, ParameterValues.bytes(x, -1));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
    set(parameterIndex, ParameterValues.text(reader, length));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
    set(parameterIndex, ParameterValues.text(reader, length));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
    set(parameterIndex, ParameterValues.text(reader, -1));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
    set(parameterIndex, ParameterValues.text(value, length));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
    set(parameterIndex, ParameterValues.text(value, -1));
  }

  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    set(parameterIndex, ParameterValues.of(x));
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
    set(parameterIndex, ParameterValues.bytes(inputStream, length));
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
    set(parameterIndex, ParameterValues.bytes(inputStream, -1));
  }

  @Override
  public void setClob(int parameterIndex, Clob x) throws SQLException {
    set(parameterIndex, ParameterValues.of(x));
  }

  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
    set(parameterIndex, ParameterValues.text(reader, length));
  }

  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException {
    set(parameterIndex, ParameterValues.text(reader, -1));
  }

  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException {
    set(parameterIndex, ParameterValues.of(value));
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
    set(parameterIndex, ParameterValues.text(reader, length));
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException {
    set(parameterIndex, ParameterValues.text(reader, -1));
  }

  @Override
  public void setURL(int parameterIndex, URL x) throws SQLException {
    set(parameterIndex, x == null ? null : x.toString());
  }

  @Override
  public void setRef(int parameterIndex, Ref x) throws SQLException {
    throw new SQLFeatureNotSupportedException("setRef: MySQL has no REF type");
  }

  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    throw new SQLFeatureNotSupportedException("setArray: MySQL has no ARRAY type");
  }

  @Override
  public void setRowId(int parameterIndex, RowId x) throws SQLException {
    throw new SQLFeatureNotSupportedException("setRowId: MySQL has no ROWID type");
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
    throw new SQLFeatureNotSupportedException("setSQLXML: MySQL has no XML type (expected: setString)");
  }

  /** {@code null}: the columns are known only once the statement has run; use the result set's metadata. */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new JdbcParameterMetaData(values.length);
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw withSql("executeQuery");
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    throw withSql("executeUpdate");
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    throw withSql("executeLargeUpdate");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    throw withSql("execute");
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw withSql("addBatch");
  }

  private static SQLException withSql(String method) {
    return new SQLException(method + "(String) on a PreparedStatement (expected: " + method + "() without SQL)", "HY000");
  }

  @Override
  public String toString() {
    return "PreparedStatement[" + sql + "]";
  }
}
