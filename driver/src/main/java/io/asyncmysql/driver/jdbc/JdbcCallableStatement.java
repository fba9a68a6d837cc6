package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.RowSet;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link java.sql.CallableStatement} for stored procedures, the classic emulation: each OUT or
 * INOUT parameter becomes a user variable {@code @asyncmysql_out<n>}, set from the parameter's value
 * ({@code SET @v = ?}, NULL for OUT), passed to {@code CALL} in place of its {@code ?}, and read back
 * with one {@code SELECT} after the call; IN parameters stay server-side parameters. The three
 * statements are pipelined (one round trip). The procedure's result sets come through
 * {@code getResultSet}/{@code getMoreResults}. Functions ({@code {? = call f(?)}}) and parameters by
 * name are refused.
 */
final class JdbcCallableStatement extends JdbcPreparedStatement implements CallableByPosition {
  private static final Pattern ESCAPE = Pattern.compile("\\s*\\{\\s*call\\s+(.*)}\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern FUNCTION = Pattern.compile("\\s*\\{\\s*\\?\\s*=.*", Pattern.DOTALL);

  private final boolean[] out;
  private ResultSet outValues;

  private JdbcCallableStatement(JdbcConnection connection, String sql) {
    super(connection, sql, false);
    this.out = new boolean[Placeholders.count(sql)];
  }

  /** A callable statement for {@code CALL p(?, ...)} or its escape {@code {call p(?, ...)}}. */
  static JdbcCallableStatement of(JdbcConnection connection, String sql) throws SQLException {
    if (FUNCTION.matcher(sql).matches()) {
      throw new SQLFeatureNotSupportedException("prepareCall: " + sql + ": functions are not supported (expected: {call procedure(?, ...)}; use SELECT f(?))");
    }
    Matcher escape = ESCAPE.matcher(sql);
    return new JdbcCallableStatement(connection, escape.matches() ? "CALL " + escape.group(1) : sql);
  }

  /** Each call of a batch runs on its own, with its OUT parameters around it. */
  @Override
  boolean foldsBatches() {
    return false;
  }

  @Override
  CompletableFuture<RowSet> issue(Object[] parameters) throws SQLException {
    MySqlConnection conn = connection.async();
    List<CompletableFuture<RowSet>> sets = new ArrayList<>();
    List<Object> in = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    StringBuilder call = new StringBuilder(sql);
    int[] markers = Placeholders.positions(sql);
    for (int i = markers.length - 1; i >= 0; i--) {
      if (out[i]) {
        call.replace(markers[i], markers[i] + 1, variable(i));
      }
    }
    for (int i = 0; i < parameters.length; i++) {
      if (out[i]) {
        sets.add(conn.query("SET " + variable(i) + " = ?", parameters[i]));
        variables.add(variable(i));
      } else {
        in.add(parameters[i]);
      }
    }
    CompletableFuture<RowSet> called = conn.query(call.toString(), in.toArray());
    if (variables.isEmpty()) {
      outValues = null;
      return called;
    }
    CompletableFuture<RowSet> read = conn.query("SELECT " + String.join(", ", variables));
    return CompletableFuture.allOf(sets.toArray(CompletableFuture[]::new))
        .thenCompose(done -> called)
        .thenCombine(read, (results, values) -> {
          outValues = new JdbcResultSet(this, values.columns(), values.size() == 0 ? List.of() : List.of(values.get(0)));
          return results;
        });
  }

  private static String variable(int index) {
    return "@asyncmysql_out" + (index + 1);
  }

  /** Marks a parameter OUT (or INOUT, when it also has a value); the type is the server's to decide. */
  @Override
  public void registerOutParameter(int parameterIndex, int sqlType) throws SQLException {
    checkOpen();
    if (parameterIndex < 1 || parameterIndex > out.length) {
      throw new SQLException("parameter index: " + parameterIndex + " (expected: 1.." + out.length + ", one per ?)", "07009");
    }
    if (!out[parameterIndex - 1]) {
      out[parameterIndex - 1] = true;
      if (!isSet(parameterIndex)) {
        setNull(parameterIndex, sqlType);
      }
    }
  }

  @Override
  public void registerOutParameter(int parameterIndex, int sqlType, int scale) throws SQLException {
    registerOutParameter(parameterIndex, sqlType);
  }

  @Override
  public void registerOutParameter(int parameterIndex, int sqlType, String typeName) throws SQLException {
    registerOutParameter(parameterIndex, sqlType);
  }

  /** The OUT values' row, positioned on its column for {@code parameterIndex}. */
  private int column(int parameterIndex) throws SQLException {
    if (parameterIndex < 1 || parameterIndex > out.length || !out[parameterIndex - 1]) {
      throw new SQLException("parameter index: " + parameterIndex + " (expected: a registered OUT or INOUT parameter)", "07009");
    }
    if (outValues == null) {
      throw new SQLException("OUT parameters: none read yet (expected: execute the statement first)", "HY010");
    }
    if (outValues.getRow() == 0) {
      outValues.next();
    }
    int column = 0;
    for (int i = 0; i < parameterIndex; i++) {
      column += out[i] ? 1 : 0;
    }
    return column;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    if (outValues == null) {
      throw new SQLException("OUT parameters: none read yet (expected: execute the statement first)", "HY010");
    }
    return outValues.wasNull();
  }

  @Override
  public String getString(int parameterIndex) throws SQLException {
    return outValues.getString(column(parameterIndex));
  }

  @Override
  public boolean getBoolean(int parameterIndex) throws SQLException {
    return outValues.getBoolean(column(parameterIndex));
  }

  @Override
  public byte getByte(int parameterIndex) throws SQLException {
    return outValues.getByte(column(parameterIndex));
  }

  @Override
  public short getShort(int parameterIndex) throws SQLException {
    return outValues.getShort(column(parameterIndex));
  }

  @Override
  public int getInt(int parameterIndex) throws SQLException {
    return outValues.getInt(column(parameterIndex));
  }

  @Override
  public long getLong(int parameterIndex) throws SQLException {
    return outValues.getLong(column(parameterIndex));
  }

  @Override
  public float getFloat(int parameterIndex) throws SQLException {
    return outValues.getFloat(column(parameterIndex));
  }

  @Override
  public double getDouble(int parameterIndex) throws SQLException {
    return outValues.getDouble(column(parameterIndex));
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int parameterIndex, int scale) throws SQLException {
    int column = column(parameterIndex);
    return outValues.getBigDecimal(column, scale);
  }

  @Override
  public BigDecimal getBigDecimal(int parameterIndex) throws SQLException {
    return outValues.getBigDecimal(column(parameterIndex));
  }

  @Override
  public byte[] getBytes(int parameterIndex) throws SQLException {
    return outValues.getBytes(column(parameterIndex));
  }

  @Override
  public Date getDate(int parameterIndex) throws SQLException {
    return outValues.getDate(column(parameterIndex));
  }

  @Override
  public Date getDate(int parameterIndex, Calendar cal) throws SQLException {
    return outValues.getDate(column(parameterIndex), cal);
  }

  @Override
  public Time getTime(int parameterIndex) throws SQLException {
    return outValues.getTime(column(parameterIndex));
  }

  @Override
  public Time getTime(int parameterIndex, Calendar cal) throws SQLException {
    return outValues.getTime(column(parameterIndex), cal);
  }

  @Override
  public Timestamp getTimestamp(int parameterIndex) throws SQLException {
    return outValues.getTimestamp(column(parameterIndex));
  }

  @Override
  public Timestamp getTimestamp(int parameterIndex, Calendar cal) throws SQLException {
    return outValues.getTimestamp(column(parameterIndex), cal);
  }

  @Override
  public Object getObject(int parameterIndex) throws SQLException {
    return outValues.getObject(column(parameterIndex));
  }

  @Override
  public Object getObject(int parameterIndex, Map<String, Class<?>> map) throws SQLException {
    return outValues.getObject(column(parameterIndex), map);
  }

  @Override
  public <T> T getObject(int parameterIndex, Class<T> type) throws SQLException {
    return outValues.getObject(column(parameterIndex), type);
  }

  @Override
  public Ref getRef(int parameterIndex) throws SQLException {
    return outValues.getRef(column(parameterIndex));
  }

  @Override
  public Blob getBlob(int parameterIndex) throws SQLException {
    return outValues.getBlob(column(parameterIndex));
  }

  @Override
  public Clob getClob(int parameterIndex) throws SQLException {
    return outValues.getClob(column(parameterIndex));
  }

  @Override
  public Array getArray(int parameterIndex) throws SQLException {
    return outValues.getArray(column(parameterIndex));
  }

  @Override
  public URL getURL(int parameterIndex) throws SQLException {
    return outValues.getURL(column(parameterIndex));
  }

  @Override
  public RowId getRowId(int parameterIndex) throws SQLException {
    return outValues.getRowId(column(parameterIndex));
  }

  @Override
  public NClob getNClob(int parameterIndex) throws SQLException {
    return outValues.getNClob(column(parameterIndex));
  }

  @Override
  public SQLXML getSQLXML(int parameterIndex) throws SQLException {
    return outValues.getSQLXML(column(parameterIndex));
  }

  @Override
  public String getNString(int parameterIndex) throws SQLException {
    return outValues.getNString(column(parameterIndex));
  }

  @Override
  public Reader getNCharacterStream(int parameterIndex) throws SQLException {
    return outValues.getNCharacterStream(column(parameterIndex));
  }

  @Override
  public Reader getCharacterStream(int parameterIndex) throws SQLException {
    return outValues.getCharacterStream(column(parameterIndex));
  }
}
