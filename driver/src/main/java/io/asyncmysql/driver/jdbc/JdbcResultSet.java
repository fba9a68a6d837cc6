package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.Row;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * A forward-only, read-only {@link java.sql.ResultSet} over a {@link RowCursor}: rows held in memory,
 * or rows streamed from the server as the cursor moves. Each getter reads
 * the cell through {@link Row#get(int, Class)}; {@code java.sql} date types are made from {@code
 * java.time} values, in the JVM's zone or the given {@link Calendar}'s.
 */
final class JdbcResultSet extends ForwardOnlyResultSet {
  private final Statement statement;
  private final List<ColumnMetadata> columns;
  private final RowCursor rows;
  private JdbcType[] types;
  private Map<String, Integer> indexByLabel;
  private boolean wasNull;
  private boolean closed;
  private int fetchSize;

  /**
   * Creates a result set.
   *
   * @param statement the statement that produced it, or {@code null} for a metadata result
   */
  JdbcResultSet(Statement statement, List<ColumnMetadata> columns, List<Row> rows) {
    this(statement, new InMemoryRows(columns, rows));
  }

  /**
   * Creates a result set over a cursor.
   *
   * @param statement the statement that produced it, or {@code null} for a metadata result
   */
  JdbcResultSet(Statement statement, RowCursor rows) {
    this.statement = statement;
    this.columns = rows.columns();
    this.rows = rows;
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    return rows.next();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      rows.close();
      if (statement instanceof JdbcStatement owner) {
        owner.resultSetClosed(this);
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return wasNull;
  }

  @Override
  public String getString(int columnIndex) throws SQLException {
    return read(columnIndex, String.class);
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    Boolean value = read(columnIndex, Boolean.class);
    return value != null && value;
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    Byte value = read(columnIndex, Byte.class);
    return value == null ? 0 : value;
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    Short value = read(columnIndex, Short.class);
    return value == null ? 0 : value;
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    Integer value = read(columnIndex, Integer.class);
    return value == null ? 0 : value;
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    Long value = read(columnIndex, Long.class);
    return value == null ? 0 : value;
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    Float value = read(columnIndex, Float.class);
    return value == null ? 0 : value;
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    Double value = read(columnIndex, Double.class);
    return value == null ? 0 : value;
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    return read(columnIndex, BigDecimal.class);
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    BigDecimal value = getBigDecimal(columnIndex);
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    return read(columnIndex, byte[].class);
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    LocalDate value = read(columnIndex, LocalDate.class);
    return value == null ? null : Date.valueOf(value);
  }

  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    LocalDate value = read(columnIndex, LocalDate.class);
    return value == null ? null : new Date(value.atStartOfDay(SqlTimes.zone(cal)).toInstant().toEpochMilli());
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    LocalTime value = read(columnIndex, LocalTime.class);
    return value == null ? null : SqlTimes.time(value);
  }

  @Override
  public Time getTime(int columnIndex, Calendar cal) throws SQLException {
    LocalTime value = read(columnIndex, LocalTime.class);
    return value == null ? null : new Time(value.atDate(SqlTimes.EPOCH_DAY).atZone(SqlTimes.zone(cal)).toInstant().toEpochMilli());
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    LocalDateTime value = read(columnIndex, LocalDateTime.class);
    return value == null ? null : Timestamp.valueOf(value);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
    LocalDateTime value = read(columnIndex, LocalDateTime.class);
    return value == null ? null : Timestamp.from(value.atZone(SqlTimes.zone(cal)).toInstant());
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    String value = getString(columnIndex);
    return value == null ? null : new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    throw new SQLFeatureNotSupportedException("getUnicodeStream (expected: getCharacterStream; it is deprecated)");
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    byte[] value = getBytes(columnIndex);
    return value == null ? null : new ByteArrayInputStream(value);
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    String value = getString(columnIndex);
    return value == null ? null : new StringReader(value);
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    return getCharacterStream(columnIndex);
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    return getString(columnIndex);
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    String value = getString(columnIndex);
    try {
      return value == null ? null : URI.create(value).toURL();
    } catch (IllegalArgumentException | MalformedURLException e) {
      throw new SQLException("URL: " + value + " (expected: an absolute URL)", "22018", e);
    }
  }

  /** The column as its {@link JdbcType#javaClass()}, the class {@code getColumnClassName} names. */
  @Override
  public Object getObject(int columnIndex) throws SQLException {
    return getObject(columnIndex, type(columnIndex).javaClass());
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw new SQLFeatureNotSupportedException("getObject with a type map (expected: null or an empty map)");
    }
    return getObject(columnIndex);
  }

  /**
   * JDBC 4.2: {@code java.time} types and every type {@link Row#get(int, Class)} takes (a primitive
   * class reads as its wrapper); {@code java.sql} date types too.
   */
  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("type: null (expected: a class)");
    }
    Object value;
    if (type == Date.class) {
      value = getDate(columnIndex);
    } else if (type == Time.class) {
      value = getTime(columnIndex);
    } else if (type == Timestamp.class) {
      value = getTimestamp(columnIndex);
    } else if (type == java.util.Date.class) {
      value = getTimestamp(columnIndex);
    } else {
      value = read(columnIndex, type);
    }
    @SuppressWarnings("unchecked")
    T result = (T) value;
    return result;
  }

  @Override
  public Ref getRef(int columnIndex) throws SQLException {
    throw unsupported("getRef");
  }

  /** A {@link SerialBlob} over the bytes, which are in memory already. */
  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    byte[] value = getBytes(columnIndex);
    return value == null ? null : new SerialBlob(value);
  }

  /** A {@link SerialClob} over the text, which is in memory already. */
  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    String value = getString(columnIndex);
    return value == null ? null : new SerialClob(value.toCharArray());
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    throw unsupported("getNClob (expected: getString or getCharacterStream)");
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    throw unsupported("getArray");
  }

  @Override
  public RowId getRowId(int columnIndex) throws SQLException {
    throw unsupported("getRowId");
  }

  @Override
  public SQLXML getSQLXML(int columnIndex) throws SQLException {
    throw unsupported("getSQLXML (expected: getString)");
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    checkOpen();
    if (indexByLabel == null) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = columns.size() - 1; i >= 0; i--) {
        index.put(columns.get(i).label().toLowerCase(Locale.ROOT), i + 1);
      }
      indexByLabel = index;
    }
    Integer index = columnLabel == null ? null : indexByLabel.get(columnLabel.toLowerCase(Locale.ROOT));
    if (index == null) {
      throw new SQLException(
          "column label: " + columnLabel + " (expected: one of " + columns.stream().map(ColumnMetadata::label).toList() + ")", "42S22");
    }
    return index;
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new JdbcResultSetMetaData(columns, types());
  }

  @Override
  public Statement getStatement() throws SQLException {
    checkOpen();
    return statement;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public String getCursorName() throws SQLException {
    throw unsupported("getCursorName (expected: no positioned updates, the result set is read-only)");
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rows.isBeforeFirst();
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return rows.isAfterLast();
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return rows.isFirst();
  }

  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    return rows.isLast();
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return rows.rowNumber();
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != FETCH_FORWARD) {
      throw new SQLException("fetch direction: " + direction + " (expected: FETCH_FORWARD, the result set is forward-only)");
    }
  }

  @Override
  public int getFetchDirection() {
    return FETCH_FORWARD;
  }

  /** A hint, kept: a streamed result keeps the fetch size of its statement. */
  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw new SQLException("fetch size: " + rows + " (expected: >= 0)");
    }
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() {
    return fetchSize;
  }

  /** Rows in memory survive a commit; so does a streamed result, whose statement runs in its own right. */
  @Override
  public int getHoldability() {
    return HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(iface, this);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return Wrappers.isWrapperFor(iface, this);
  }

  /** The current row's cell as {@code type}, remembering whether it was NULL. */
  private <T> T read(int columnIndex, Class<T> type) throws SQLException {
    checkOpen();
    checkColumn(columnIndex);
    Row row = rows.row();
    if (row == null) {
      throw new SQLException("cursor: before the first or after the last row (expected: on a row; call next())", "24000");
    }
    try {
      T value = row.get(columnIndex - 1, type);
      wasNull = value == null;
      return value;
    } catch (RuntimeException e) {
      throw SqlExceptions.of(e);
    }
  }

  private JdbcType type(int columnIndex) throws SQLException {
    checkOpen();
    checkColumn(columnIndex);
    return types()[columnIndex - 1];
  }

  /** The JDBC types; whether a string column is binary shows in its first non-NULL value at hand. */
  private JdbcType[] types() {
    if (types == null) {
      JdbcType[] t = new JdbcType[columns.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = JdbcType.of(columns.get(i), holdsBytes(i));
      }
      types = t;
    }
    return types;
  }

  private boolean holdsBytes(int index) {
    for (Row row : rows.sample()) {
      if (!row.isNull(index)) {
        return row.get(index) instanceof byte[];
      }
    }
    return false;
  }

  private void checkColumn(int columnIndex) throws SQLException {
    if (columnIndex < 1 || columnIndex > columns.size()) {
      throw new SQLException("column index: " + columnIndex + " (expected: 1.." + columns.size() + ")", "07009");
    }
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("result set: closed (expected: open)", "24000");
    }
  }

  private static SQLFeatureNotSupportedException unsupported(String what) {
    return new SQLFeatureNotSupportedException(what + " is not supported yet");
  }
}
