package io.asyncmysql.driver.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * What a {@link CallableStatement} refuses: parameters by name (MySQL's {@code CALL} takes them by
 * position). A long file of one-line refusals, one per by-name method of the interface.
 */
interface CallableByPosition extends CallableStatement {
  private static SQLFeatureNotSupportedException byName(String method) {
    return new SQLFeatureNotSupportedException(method + ": parameters by name are not supported (expected: parameter indexes)");
  }

  @Override
  default void registerOutParameter(String parameterName, int arg1) throws SQLException {
    throw byName("registerOutParameter");
  }

  @Override
  default void registerOutParameter(String parameterName, int arg1, int arg2) throws SQLException {
    throw byName("registerOutParameter");
  }

  @Override
  default void registerOutParameter(String parameterName, int arg1, String arg2) throws SQLException {
    throw byName("registerOutParameter");
  }

  @Override
  default void setURL(String parameterName, URL arg1) throws SQLException {
    throw byName("setURL");
  }

  @Override
  default void setNull(String parameterName, int arg1) throws SQLException {
    throw byName("setNull");
  }

  @Override
  default void setBoolean(String parameterName, boolean arg1) throws SQLException {
    throw byName("setBoolean");
  }

  @Override
  default void setByte(String parameterName, byte arg1) throws SQLException {
    throw byName("setByte");
  }

  @Override
  default void setShort(String parameterName, short arg1) throws SQLException {
    throw byName("setShort");
  }

  @Override
  default void setInt(String parameterName, int arg1) throws SQLException {
    throw byName("setInt");
  }

  @Override
  default void setLong(String parameterName, long arg1) throws SQLException {
    throw byName("setLong");
  }

  @Override
  default void setFloat(String parameterName, float arg1) throws SQLException {
    throw byName("setFloat");
  }

  @Override
  default void setDouble(String parameterName, double arg1) throws SQLException {
    throw byName("setDouble");
  }

  @Override
  default void setBigDecimal(String parameterName, BigDecimal arg1) throws SQLException {
    throw byName("setBigDecimal");
  }

  @Override
  default void setString(String parameterName, String arg1) throws SQLException {
    throw byName("setString");
  }

  @Override
  default void setBytes(String parameterName, byte[] arg1) throws SQLException {
    throw byName("setBytes");
  }

  @Override
  default void setDate(String parameterName, Date arg1) throws SQLException {
    throw byName("setDate");
  }

  @Override
  default void setTime(String parameterName, Time arg1) throws SQLException {
    throw byName("setTime");
  }

  @Override
  default void setTimestamp(String parameterName, Timestamp arg1) throws SQLException {
    throw byName("setTimestamp");
  }

  @Override
  default void setAsciiStream(String parameterName, InputStream arg1, int arg2) throws SQLException {
    throw byName("setAsciiStream");
  }

  @Override
  default void setBinaryStream(String parameterName, InputStream arg1, int arg2) throws SQLException {
    throw byName("setBinaryStream");
  }

  @Override
  default void setObject(String parameterName, Object arg1, int arg2, int arg3) throws SQLException {
    throw byName("setObject");
  }

  @Override
  default void setObject(String parameterName, Object arg1, int arg2) throws SQLException {
    throw byName("setObject");
  }

  @Override
  default void setObject(String parameterName, Object arg1) throws SQLException {
    throw byName("setObject");
  }

  @Override
  default void setCharacterStream(String parameterName, Reader arg1, int arg2) throws SQLException {
    throw byName("setCharacterStream");
  }

  @Override
  default void setDate(String parameterName, Date arg1, Calendar arg2) throws SQLException {
    throw byName("setDate");
  }

  @Override
  default void setTime(String parameterName, Time arg1, Calendar arg2) throws SQLException {
    throw byName("setTime");
  }

  @Override
  default void setTimestamp(String parameterName, Timestamp arg1, Calendar arg2) throws SQLException {
    throw byName("setTimestamp");
  }

  @Override
  default void setNull(String parameterName, int arg1, String arg2) throws SQLException {
    throw byName("setNull");
  }

  @Override
  default String getString(String parameterName) throws SQLException {
    throw byName("getString");
  }

  @Override
  default boolean getBoolean(String parameterName) throws SQLException {
    throw byName("getBoolean");
  }

  @Override
  default byte getByte(String parameterName) throws SQLException {
    throw byName("getByte");
  }

  @Override
  default short getShort(String parameterName) throws SQLException {
    throw byName("getShort");
  }

  @Override
  default int getInt(String parameterName) throws SQLException {
    throw byName("getInt");
  }

  @Override
  default long getLong(String parameterName) throws SQLException {
    throw byName("getLong");
  }

  @Override
  default float getFloat(String parameterName) throws SQLException {
    throw byName("getFloat");
  }

  @Override
  default double getDouble(String parameterName) throws SQLException {
    throw byName("getDouble");
  }

  @Override
  default byte[] getBytes(String parameterName) throws SQLException {
    throw byName("getBytes");
  }

  @Override
  default Date getDate(String parameterName) throws SQLException {
    throw byName("getDate");
  }

  @Override
  default Time getTime(String parameterName) throws SQLException {
    throw byName("getTime");
  }

  @Override
  default Timestamp getTimestamp(String parameterName) throws SQLException {
    throw byName("getTimestamp");
  }

  @Override
  default Object getObject(String parameterName) throws SQLException {
    throw byName("getObject");
  }

  @Override
  default BigDecimal getBigDecimal(String parameterName) throws SQLException {
    throw byName("getBigDecimal");
  }

  @Override
  default Object getObject(String parameterName, Map<String, Class<?>> arg1) throws SQLException {
    throw byName("getObject");
  }

  @Override
  default Ref getRef(String parameterName) throws SQLException {
    throw byName("getRef");
  }

  @Override
  default Blob getBlob(String parameterName) throws SQLException {
    throw byName("getBlob");
  }

  @Override
  default Clob getClob(String parameterName) throws SQLException {
    throw byName("getClob");
  }

  @Override
  default Array getArray(String parameterName) throws SQLException {
    throw byName("getArray");
  }

  @Override
  default Date getDate(String parameterName, Calendar arg1) throws SQLException {
    throw byName("getDate");
  }

  @Override
  default Time getTime(String parameterName, Calendar arg1) throws SQLException {
    throw byName("getTime");
  }

  @Override
  default Timestamp getTimestamp(String parameterName, Calendar arg1) throws SQLException {
    throw byName("getTimestamp");
  }

  @Override
  default URL getURL(String parameterName) throws SQLException {
    throw byName("getURL");
  }

  @Override
  default RowId getRowId(String parameterName) throws SQLException {
    throw byName("getRowId");
  }

  @Override
  default void setRowId(String parameterName, RowId arg1) throws SQLException {
    throw byName("setRowId");
  }

  @Override
  default void setNString(String parameterName, String arg1) throws SQLException {
    throw byName("setNString");
  }

  @Override
  default void setNCharacterStream(String parameterName, Reader arg1, long arg2) throws SQLException {
    throw byName("setNCharacterStream");
  }

  @Override
  default void setNClob(String parameterName, NClob arg1) throws SQLException {
    throw byName("setNClob");
  }

  @Override
  default void setClob(String parameterName, Reader arg1, long arg2) throws SQLException {
    throw byName("setClob");
  }

  @Override
  default void setBlob(String parameterName, InputStream arg1, long arg2) throws SQLException {
    throw byName("setBlob");
  }

  @Override
  default void setNClob(String parameterName, Reader arg1, long arg2) throws SQLException {
    throw byName("setNClob");
  }

  @Override
  default NClob getNClob(String parameterName) throws SQLException {
    throw byName("getNClob");
  }

  @Override
  default void setSQLXML(String parameterName, SQLXML arg1) throws SQLException {
    throw byName("setSQLXML");
  }

  @Override
  default SQLXML getSQLXML(String parameterName) throws SQLException {
    throw byName("getSQLXML");
  }

  @Override
  default String getNString(String parameterName) throws SQLException {
    throw byName("getNString");
  }

  @Override
  default Reader getNCharacterStream(String parameterName) throws SQLException {
    throw byName("getNCharacterStream");
  }

  @Override
  default Reader getCharacterStream(String parameterName) throws SQLException {
    throw byName("getCharacterStream");
  }

  @Override
  default void setBlob(String parameterName, Blob arg1) throws SQLException {
    throw byName("setBlob");
  }

  @Override
  default void setClob(String parameterName, Clob arg1) throws SQLException {
    throw byName("setClob");
  }

  @Override
  default void setAsciiStream(String parameterName, InputStream arg1, long arg2) throws SQLException {
    throw byName("setAsciiStream");
  }

  @Override
  default void setBinaryStream(String parameterName, InputStream arg1, long arg2) throws SQLException {
    throw byName("setBinaryStream");
  }

  @Override
  default void setCharacterStream(String parameterName, Reader arg1, long arg2) throws SQLException {
    throw byName("setCharacterStream");
  }

  @Override
  default void setAsciiStream(String parameterName, InputStream arg1) throws SQLException {
    throw byName("setAsciiStream");
  }

  @Override
  default void setBinaryStream(String parameterName, InputStream arg1) throws SQLException {
    throw byName("setBinaryStream");
  }

  @Override
  default void setCharacterStream(String parameterName, Reader arg1) throws SQLException {
    throw byName("setCharacterStream");
  }

  @Override
  default void setNCharacterStream(String parameterName, Reader arg1) throws SQLException {
    throw byName("setNCharacterStream");
  }

  @Override
  default void setClob(String parameterName, Reader arg1) throws SQLException {
    throw byName("setClob");
  }

  @Override
  default void setBlob(String parameterName, InputStream arg1) throws SQLException {
    throw byName("setBlob");
  }

  @Override
  default void setNClob(String parameterName, Reader arg1) throws SQLException {
    throw byName("setNClob");
  }

  @Override
  default <T> T getObject(String parameterName, Class<T> arg1) throws SQLException {
    throw byName("getObject");
  }

  @Override
  default void setObject(String parameterName, Object arg1, SQLType arg2, int arg3) throws SQLException {
    throw byName("setObject");
  }

  @Override
  default void setObject(String parameterName, Object arg1, SQLType arg2) throws SQLException {
    throw byName("setObject");
  }

  @Override
  default void registerOutParameter(String parameterName, SQLType arg1) throws SQLException {
    throw byName("registerOutParameter");
  }

  @Override
  default void registerOutParameter(String parameterName, SQLType arg1, int arg2) throws SQLException {
    throw byName("registerOutParameter");
  }

  @Override
  default void registerOutParameter(String parameterName, SQLType arg1, String arg2) throws SQLException {
    throw byName("registerOutParameter");
  }
}
