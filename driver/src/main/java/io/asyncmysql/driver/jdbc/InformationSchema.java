package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link DatabaseMetaData} queries over {@code information_schema}, with the result columns JDBC
 * names. MySQL's catalog and schema are both the database.
 */
final class InformationSchema {
  private static final String TABLE_TYPE =
      "CASE TABLE_TYPE WHEN 'BASE TABLE' THEN 'TABLE' WHEN 'TEMPORARY' THEN 'LOCAL TEMPORARY' ELSE TABLE_TYPE END";
  private static final String FOREIGN_KEYS = "SELECT k.REFERENCED_TABLE_SCHEMA AS PKTABLE_CAT,"
      + " k.REFERENCED_TABLE_SCHEMA AS PKTABLE_SCHEM, k.REFERENCED_TABLE_NAME AS PKTABLE_NAME,"
      + " k.REFERENCED_COLUMN_NAME AS PKCOLUMN_NAME, k.TABLE_SCHEMA AS FKTABLE_CAT, k.TABLE_SCHEMA AS FKTABLE_SCHEM,"
      + " k.TABLE_NAME AS FKTABLE_NAME, k.COLUMN_NAME AS FKCOLUMN_NAME, k.ORDINAL_POSITION AS KEY_SEQ,"
      + " " + rule("r.UPDATE_RULE") + " AS UPDATE_RULE, " + rule("r.DELETE_RULE") + " AS DELETE_RULE,"
      + " k.CONSTRAINT_NAME AS FK_NAME, r.UNIQUE_CONSTRAINT_NAME AS PK_NAME,"
      + " " + DatabaseMetaData.importedKeyNotDeferrable + " AS DEFERRABILITY"
      + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
      + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME";

  private final JdbcConnection owner;

  InformationSchema(JdbcConnection owner) {
    this.owner = owner;
  }

  ResultSet tables(String catalog, String schemaPattern, String tableNamePattern, String[] types) throws SQLException {
    WhereClause where = new WhereClause().database("TABLE_SCHEMA", catalog, schemaPattern, true).like("TABLE_NAME", tableNamePattern);
    if (types != null) {
      where.in(TABLE_TYPE, types);
    }
    return query("SELECT TABLE_SCHEMA AS TABLE_CAT, TABLE_SCHEMA AS TABLE_SCHEM, TABLE_NAME, " + TABLE_TYPE + " AS TABLE_TYPE,"
        + " TABLE_COMMENT AS REMARKS, NULL AS TYPE_CAT, NULL AS TYPE_SCHEM, NULL AS TYPE_NAME,"
        + " NULL AS SELF_REFERENCING_COL_NAME, NULL AS REF_GENERATION"
        + " FROM information_schema.TABLES" + where + " ORDER BY TABLE_TYPE, TABLE_SCHEMA, TABLE_NAME", where);
  }

  ResultSet columns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern) throws SQLException {
    WhereClause where = new WhereClause().database("TABLE_SCHEMA", catalog, schemaPattern, true)
        .like("TABLE_NAME", tableNamePattern).like("COLUMN_NAME", columnNamePattern);
    return query("SELECT TABLE_SCHEMA AS TABLE_CAT, TABLE_SCHEMA AS TABLE_SCHEM, TABLE_NAME, COLUMN_NAME,"
        + " " + TypeInfo.dataTypeCase("DATA_TYPE") + " AS DATA_TYPE, UPPER(DATA_TYPE) AS TYPE_NAME,"
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

  ResultSet primaryKeys(String catalog, String schema, String table) throws SQLException {
    WhereClause where = new WhereClause().equal("CONSTRAINT_NAME", "PRIMARY")
        .database("TABLE_SCHEMA", catalog, schema, false).equal("TABLE_NAME", table);
    return query("SELECT TABLE_SCHEMA AS TABLE_CAT, TABLE_SCHEMA AS TABLE_SCHEM, TABLE_NAME, COLUMN_NAME,"
        + " ORDINAL_POSITION AS KEY_SEQ, 'PRIMARY' AS PK_NAME"
        + " FROM information_schema.KEY_COLUMN_USAGE" + where + " ORDER BY COLUMN_NAME", where);
  }

  ResultSet indexInfo(String catalog, String schema, String table, boolean unique) throws SQLException {
    WhereClause where = new WhereClause().database("TABLE_SCHEMA", catalog, schema, false).equal("TABLE_NAME", table);
    if (unique) {
      where.condition("NON_UNIQUE = 0");
    }
    return query("SELECT TABLE_SCHEMA AS TABLE_CAT, TABLE_SCHEMA AS TABLE_SCHEM, TABLE_NAME, NON_UNIQUE,"
        + " INDEX_SCHEMA AS INDEX_QUALIFIER, INDEX_NAME, " + DatabaseMetaData.tableIndexOther + " AS TYPE,"
        + " SEQ_IN_INDEX AS ORDINAL_POSITION, COLUMN_NAME, COLLATION AS ASC_OR_DESC, CARDINALITY, 0 AS PAGES,"
        + " NULL AS FILTER_CONDITION FROM information_schema.STATISTICS" + where
        + " ORDER BY NON_UNIQUE, INDEX_NAME, SEQ_IN_INDEX", where);
  }

  /** The foreign keys of {@code table}: the primary keys it references. */
  ResultSet importedKeys(String catalog, String schema, String table) throws SQLException {
    WhereClause where = new WhereClause().database("k.TABLE_SCHEMA", catalog, schema, false).equal("k.TABLE_NAME", table);
    return query(FOREIGN_KEYS + where + " ORDER BY PKTABLE_CAT, PKTABLE_NAME, KEY_SEQ", where);
  }

  /** The foreign keys that reference {@code table}. */
  ResultSet exportedKeys(String catalog, String schema, String table) throws SQLException {
    WhereClause where = new WhereClause().database("k.REFERENCED_TABLE_SCHEMA", catalog, schema, false)
        .equal("k.REFERENCED_TABLE_NAME", table);
    return query(FOREIGN_KEYS + where + " ORDER BY FKTABLE_CAT, FKTABLE_NAME, KEY_SEQ", where);
  }

  /** The foreign keys of one table that reference another. */
  ResultSet crossReference(String parentCatalog, String parentSchema, String parentTable, String foreignCatalog,
      String foreignSchema, String foreignTable) throws SQLException {
    WhereClause where = new WhereClause()
        .database("k.REFERENCED_TABLE_SCHEMA", parentCatalog, parentSchema, false).equal("k.REFERENCED_TABLE_NAME", parentTable)
        .database("k.TABLE_SCHEMA", foreignCatalog, foreignSchema, false).equal("k.TABLE_NAME", foreignTable);
    return query(FOREIGN_KEYS + where + " ORDER BY FKTABLE_CAT, FKTABLE_NAME, KEY_SEQ", where);
  }

  ResultSet procedures(String catalog, String schemaPattern, String namePattern) throws SQLException {
    WhereClause where = routines("PROCEDURE", catalog, schemaPattern, namePattern);
    return query("SELECT ROUTINE_SCHEMA AS PROCEDURE_CAT, ROUTINE_SCHEMA AS PROCEDURE_SCHEM, ROUTINE_NAME AS PROCEDURE_NAME,"
        + " NULL AS RESERVED1, NULL AS RESERVED2, NULL AS RESERVED3, ROUTINE_COMMENT AS REMARKS,"
        + " " + DatabaseMetaData.procedureNoResult + " AS PROCEDURE_TYPE, SPECIFIC_NAME"
        + " FROM information_schema.ROUTINES" + where + " ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME, SPECIFIC_NAME", where);
  }

  ResultSet functions(String catalog, String schemaPattern, String namePattern) throws SQLException {
    WhereClause where = routines("FUNCTION", catalog, schemaPattern, namePattern);
    return query("SELECT ROUTINE_SCHEMA AS FUNCTION_CAT, ROUTINE_SCHEMA AS FUNCTION_SCHEM, ROUTINE_NAME AS FUNCTION_NAME,"
        + " ROUTINE_COMMENT AS REMARKS, " + DatabaseMetaData.functionNoTable + " AS FUNCTION_TYPE, SPECIFIC_NAME"
        + " FROM information_schema.ROUTINES" + where + " ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME, SPECIFIC_NAME", where);
  }

  ResultSet schemas(String catalog, String schemaPattern) throws SQLException {
    WhereClause where = new WhereClause().database("SCHEMA_NAME", catalog, schemaPattern, true);
    return query("SELECT SCHEMA_NAME AS TABLE_SCHEM, SCHEMA_NAME AS TABLE_CATALOG FROM information_schema.SCHEMATA"
        + where + " ORDER BY SCHEMA_NAME", where);
  }

  ResultSet catalogs() throws SQLException {
    return query("SELECT SCHEMA_NAME AS TABLE_CAT FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME", new WhereClause());
  }

  ResultSet tableTypes() throws SQLException {
    return query("SELECT 'LOCAL TEMPORARY' AS TABLE_TYPE UNION ALL SELECT 'SYSTEM VIEW' UNION ALL SELECT 'TABLE'"
        + " UNION ALL SELECT 'VIEW'", new WhereClause());
  }

  ResultSet typeInfo() throws SQLException {
    return query(TypeInfo.SQL, new WhereClause());
  }

  private static WhereClause routines(String type, String catalog, String schemaPattern, String namePattern) {
    return new WhereClause().equal("ROUTINE_TYPE", type).database("ROUTINE_SCHEMA", catalog, schemaPattern, true)
        .like("ROUTINE_NAME", namePattern);
  }

  /** A referential action as JDBC's {@code importedKey*} constant. */
  private static String rule(String column) {
    return "CASE " + column
        + " WHEN 'CASCADE' THEN " + DatabaseMetaData.importedKeyCascade
        + " WHEN 'SET NULL' THEN " + DatabaseMetaData.importedKeySetNull
        + " WHEN 'SET DEFAULT' THEN " + DatabaseMetaData.importedKeySetDefault
        + " WHEN 'RESTRICT' THEN " + DatabaseMetaData.importedKeyRestrict
        + " ELSE " + DatabaseMetaData.importedKeyNoAction + " END";
  }

  private ResultSet query(String sql, WhereClause where) throws SQLException {
    RowSet rows = owner.await(owner.async().query(sql, where.values()));
    List<Row> list = new ArrayList<>(rows.size());
    rows.forEach(list::add);
    return new JdbcResultSet(null, rows.columns(), list);
  }
}
