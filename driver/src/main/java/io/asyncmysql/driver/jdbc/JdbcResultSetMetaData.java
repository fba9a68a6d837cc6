package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** {@link ResultSetMetaData} from the server's column definitions. */
final class JdbcResultSetMetaData implements ResultSetMetaData {
  private final List<ColumnMetadata> columns;
  private final JdbcType[] types;

  JdbcResultSetMetaData(List<ColumnMetadata> columns, JdbcType[] types) {
    this.columns = columns;
    this.types = types;
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    JdbcType type = type(column);
    return !type.isText() || type.typeName().equals("JSON");
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    column(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return column(column).nullable() ? columnNullable : columnNoNulls;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return isNumber(type(column).sqlType()) && !column(column).unsigned();
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return (int) Math.min(Integer.MAX_VALUE, column(column).length());
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return column(column).label();
  }

  /** The column's name in its table; the label for an expression, which has no name. */
  @Override
  public String getColumnName(int column) throws SQLException {
    ColumnMetadata c = column(column);
    return c.name().isEmpty() ? c.label() : c.name();
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    column(column);
    return "";
  }

  /** For a DECIMAL, its digits; for other types, the display length. */
  @Override
  public int getPrecision(int column) throws SQLException {
    ColumnMetadata c = column(column);
    if (type(column).sqlType() == Types.DECIMAL) {
      long digits = c.length() - (c.decimals() > 0 ? 1 : 0) - (c.unsigned() ? 0 : 1);
      return (int) Math.max(0, digits);
    }
    return getColumnDisplaySize(column);
  }

  @Override
  public int getScale(int column) throws SQLException {
    ColumnMetadata c = column(column);
    int sqlType = type(column).sqlType();
    boolean scaled = sqlType == Types.DECIMAL || sqlType == Types.TIME || sqlType == Types.TIMESTAMP
        || sqlType == Types.REAL || sqlType == Types.DOUBLE;
    return scaled && c.decimals() <= 30 ? c.decimals() : 0;
  }

  @Override
  public String getTableName(int column) throws SQLException {
    return column(column).orgTable();
  }

  /** The database: MySQL's catalog. */
  @Override
  public String getCatalogName(int column) throws SQLException {
    return column(column).schema();
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return type(column).sqlType();
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return type(column).typeName();
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    return column(column).orgTable().isEmpty();
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    return !isReadOnly(column);
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    column(column);
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return type(column).javaClass().getName();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(iface, this);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return Wrappers.isWrapperFor(iface, this);
  }

  private ColumnMetadata column(int column) throws SQLException {
    if (column < 1 || column > columns.size()) {
      throw new SQLException("column index: " + column + " (expected: 1.." + columns.size() + ")", "07009");
    }
    return columns.get(column - 1);
  }

  private JdbcType type(int column) throws SQLException {
    column(column);
    return types[column - 1];
  }

  private static boolean isNumber(int sqlType) {
    return switch (sqlType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.DOUBLE, Types.DECIMAL -> true;
      default -> false;
    };
  }
}
