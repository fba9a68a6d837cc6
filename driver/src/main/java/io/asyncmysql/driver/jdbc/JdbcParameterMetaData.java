package io.asyncmysql.driver.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/** The parameters of a prepared statement: their count and mode; types are not known yet. */
final class JdbcParameterMetaData implements ParameterMetaData {
  private final int count;

  JdbcParameterMetaData(int count) {
    this.count = count;
  }

  @Override
  public int getParameterCount() {
    return count;
  }

  @Override
  public int isNullable(int param) throws SQLException {
    check(param);
    return parameterNullableUnknown;
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    check(param);
    return parameterModeIn;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    throw typesUnknown(param);
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    throw typesUnknown(param);
  }

  @Override
  public int getScale(int param) throws SQLException {
    throw typesUnknown(param);
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    throw typesUnknown(param);
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    throw typesUnknown(param);
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    throw typesUnknown(param);
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(iface, this);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return Wrappers.isWrapperFor(iface, this);
  }

  private void check(int param) throws SQLException {
    if (param < 1 || param > count) {
      throw new SQLException("parameter index: " + param + " (expected: 1.." + count + ")", "07009");
    }
  }

  private SQLFeatureNotSupportedException typesUnknown(int param) throws SQLException {
    check(param);
    return new SQLFeatureNotSupportedException("parameter types: MySQL does not describe them (expected: only the count and mode)");
  }
}
