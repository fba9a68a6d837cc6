package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link java.sql.DatabaseMetaData} queries over {@code information_schema}, with the result
 * columns JDBC names. Filters are bound as parameters, never spliced into the SQL.
 */
final class InformationSchema {
  /** MySQL's {@code DATA_TYPE} names and their {@link Types} codes. */
  private static final Map<String, Integer> TYPES = Map.ofEntries(
      Map.entry("bit", Types.BIT), Map.entry("tinyint", Types.TINYINT), Map.entry("smallint", Types.SMALLINT),
      Map.entry("mediumint", Types.INTEGER), Map.entry("int", Types.INTEGER), Map.entry("bigint", Types.BIGINT),
      Map.entry("float", Types.REAL), Map.entry("double", Types.DOUBLE), Map.entry("decimal", Types.DECIMAL),
      Map.entry("date", Types.DATE), Map.entry("time", Types.TIME), Map.entry("datetime", Types.TIMESTAMP),
      Map.entry("timestamp", Types.TIMESTAMP), Map.entry("year", Types.SMALLINT), Map.entry("char", Types.CHAR),
      Map.entry("varchar", Types.VARCHAR), Map.entry("binary", Types.BINARY), Map.entry("varbinary", Types.VARBINARY),
      Map.entry("tinytext", Types.VARCHAR), Map.entry("text", Types.LONGVARCHAR), Map.entry("mediumtext", Types.LONGVARCHAR),
      Map.entry("longtext", Types.LONGVARCHAR), Map.entry("tinyblob", Types.VARBINARY), Map.entry("blob", Types.LONGVARBINARY),
      Map.entry("mediumblob", Types.LONGVARBINARY), Map.entry("longblob", Types.LONGVARBINARY), Map.entry("enum", Types.CHAR),
      Map.entry("set", Types.CHAR), Map.entry("json", Types.LONGVARCHAR));
  private static final String DATA_TYPE = TYPES.entrySet().stream()
      .map(e -> "WHEN '" + e.getKey() + "' THEN " + e.getValue())
      .collect(Collectors.joining(" ", "CASE LOWER(DATA_TYPE) ", " ELSE " + Types.OTHER + " END"));

  private final JdbcConnection owner;

  InformationSchema(JdbcConnection owner) {
    this.owner = owner;
  }

  ResultSet tables(String catalog, String schemaPattern, String tableNamePattern, String[] types) throws SQLException {
    Filter where = new Filter().database(catalog, schemaPattern).like("TABLE_NAME", tableNamePattern);
    if (types != null) {
      where.in("CASE TABLE_TYPE WHEN 'BASE TABLE' THEN 'TABLE' WHEN 'TEMPORARY' THEN 'LOCAL TEMPORARY' ELSE TABLE_TYPE END", types);
    }
    return query("SELECT TABLE_SCHEMA AS TABLE_CAT, TABLE_SCHEMA AS TABLE_SCHEM, TABLE_NAME,"
        + " CASE TABLE_TYPE WHEN 'BASE TABLE' THEN 'TABLE' WHEN 'TEMPORARY' THEN 'LOCAL TEMPORARY' ELSE TABLE_TYPE END AS TABLE_TYPE,"
        + " TABLE_COMMENT AS REMARKS, NULL AS TYPE_CAT, NULL AS TYPE_SCHEM, NULL AS TYPE_NAME,"
        + " NULL AS SELF_REFERENCING_COL_NAME, NULL AS REF_GENERATION"
        + " FROM information_schema.TABLES" + where + " ORDER BY TABLE_TYPE, TABLE_SCHEMA, TABLE_NAME", where);
  }

  ResultSet columns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern) throws SQLException {
    Filter where = new Filter().database(catalog, schemaPattern).like("TABLE_NAME", tableNamePattern)
        .like("COLUMN_NAME", columnNamePattern);
    return query("SELECT TABLE_SCHEMA AS TABLE_CAT, TABLE_SCHEMA AS TABLE_SCHEM, TABLE_NAME, COLUMN_NAME,"
        + " " + DATA_TYPE + " AS DATA_TYPE, UPPER(DATA_TYPE) AS TYPE_NAME,"
        + " COALESCE(CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, DATETIME_PRECISION) AS COLUMN_SIZE,"
        + " NULL AS BUFFER_LENGTH, NUMERIC_SCALE AS DECIMAL_DIGITS, 10 AS NUM_PREC_RADIX,"
        + " CASE IS_NULLABLE WHEN 'YES' THEN 1 ELSE 0 END AS NULLABLE, COLUMN_COMMENT AS REMARKS,"
        + " COLUMN_DEFAULT AS COLUMN_DEF, NULL AS SQL_DATA_TYPE, NULL AS SQL_DATETIME_SUB,"
        + " CHARACTER_OCTET_LENGTH AS CHAR_OCTET_LENGTH, ORDINAL_POSITION, IS_NULLABLE,"
        + " NULL AS SCOPE_CATALOG, NULL AS SCOPE_SCHEMA, NULL AS SCOPE_TABLE, NULL AS SOURCE_DATA_TYPE,"
        + " CASE WHEN EXTRA LIKE '%auto_increment%' THEN 'YES' ELSE 'NO' END AS IS_AUTOINCREMENT,"
        + " CASE WHEN EXTRA LIKE '%GENERATED%' THEN 'YES' ELSE 'NO' END AS IS_GENERATEDCOLUMN"
        + " FROM information_schema.COLUMNS" + where + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION", where);
  }

  ResultSet primaryKeys(String catalog, String schemaName, String table) throws SQLException {
    Filter where = new Filter().equal("CONSTRAINT_NAME", "PRIMARY").database(catalog, schemaName).equal("TABLE_NAME", table);
    return query("SELECT TABLE_SCHEMA AS TABLE_CAT, TABLE_SCHEMA AS TABLE_SCHEM, TABLE_NAME, COLUMN_NAME,"
        + " ORDINAL_POSITION AS KEY_SEQ, 'PRIMARY' AS PK_NAME"
        + " FROM information_schema.KEY_COLUMN_USAGE" + where + " ORDER BY COLUMN_NAME", where);
  }

  ResultSet schemas(String catalog, String schemaPattern) throws SQLException {
    Filter where = new Filter().equal("SCHEMA_NAME", catalog).like("SCHEMA_NAME", schemaPattern);
    return query("SELECT SCHEMA_NAME AS TABLE_SCHEM, SCHEMA_NAME AS TABLE_CATALOG FROM information_schema.SCHEMATA"
        + where + " ORDER BY SCHEMA_NAME", where);
  }

  ResultSet catalogs() throws SQLException {
    return query("SELECT SCHEMA_NAME AS TABLE_CAT FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME", new Filter());
  }

  ResultSet tableTypes() throws SQLException {
    return query("SELECT 'LOCAL TEMPORARY' AS TABLE_TYPE UNION ALL SELECT 'SYSTEM VIEW' UNION ALL SELECT 'TABLE'"
        + " UNION ALL SELECT 'VIEW'", new Filter());
  }

  private ResultSet query(String sql, Filter where) throws SQLException {
    RowSet rows = owner.await(owner.async().query(sql, where.values.toArray()));
    List<Row> list = new ArrayList<>(rows.size());
    rows.forEach(list::add);
    return new JdbcResultSet(null, rows.columns(), list);
  }

  /** A WHERE clause of conditions joined by AND, and the values of its parameters. */
  private static final class Filter {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** The database: equal to {@code catalog} ("" matches none), LIKE {@code schemaPattern}; null skips either. */
    Filter database(String catalog, String schemaPattern) {
      return equal("TABLE_SCHEMA", catalog).like("TABLE_SCHEMA", schemaPattern);
    }

    Filter equal(String column, String value) {
      return value == null ? this : condition(column + " = ?", value);
    }

    Filter like(String column, String pattern) {
      return pattern == null ? this : condition(column + " LIKE ?", pattern);
    }

    Filter in(String expression, String[] options) {
      String marks = String.join(", ", Collections.nCopies(options.length, "?"));
      Filter f = condition(expression + " IN (" + (options.length == 0 ? "NULL" : marks) + ")");
      values.addAll(List.of((Object[]) options));
      return f;
    }

    private Filter condition(String condition, Object value) {
      values.add(value);
      return condition(condition);
    }

    private Filter condition(String condition) {
      sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
      return this;
    }

    @Override
    public String toString() {
      return sql.toString();
    }
  }
}
