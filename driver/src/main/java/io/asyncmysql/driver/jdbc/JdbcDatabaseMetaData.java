package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.RowSet;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link java.sql.DatabaseMetaData} for one connection: the server's product and version, the driver,
 * and tables, columns, keys and databases from {@code information_schema}. MySQL's catalog is the
 * database, and so is the schema: result columns {@code TABLE_CAT} and {@code TABLE_SCHEM} both hold
 * it, and a catalog or a schema pattern both narrow the search to databases.
 */
final class JdbcDatabaseMetaData extends MySqlCapabilities {
  private static final Pattern VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)");

  private final JdbcConnection owner;
  private final MySqlConnection conn;
  private final InformationSchema schema;

  JdbcDatabaseMetaData(JdbcConnection owner, MySqlConnection conn) {
    this.owner = owner;
    this.conn = conn;
    this.schema = new InformationSchema(owner);
  }

  @Override
  public String getURL() {
    return owner.url();
  }

  @Override
  public String getUserName() throws SQLException {
    RowSet rows = owner.await(owner.async().query("SELECT CURRENT_USER()"));
    return rows.get(0).get(0, String.class);
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    return owner.isReadOnly();
  }

  /** {@code MariaDB} or {@code MySQL}, from the server version. */
  @Override
  public String getDatabaseProductName() {
    return conn.serverVersion().contains("MariaDB") ? "MariaDB" : "MySQL";
  }

  @Override
  public String getDatabaseProductVersion() {
    return conn.serverVersion();
  }

  @Override
  public int getDatabaseMajorVersion() {
    return version(1);
  }

  @Override
  public int getDatabaseMinorVersion() {
    return version(2);
  }

  private int version(int group) {
    Matcher m = VERSION.matcher(conn.serverVersion());
    return m.lookingAt() ? Integer.parseInt(m.group(group)) : 0;
  }

  @Override
  public String getDriverName() {
    return AsyncMySqlDriver.NAME;
  }

  @Override
  public String getDriverVersion() {
    return AsyncMySqlDriver.VERSION;
  }

  @Override
  public int getDriverMajorVersion() {
    return AsyncMySqlDriver.majorVersion();
  }

  @Override
  public int getDriverMinorVersion() {
    return AsyncMySqlDriver.minorVersion();
  }

  @Override
  public boolean supportsConvert(int fromType, int toType) {
    return false;
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int level) {
    return IsolationLevel.isKnown(level);
  }

  @Override
  public boolean supportsResultSetType(int type) {
    return type == ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public boolean supportsResultSetHoldability(int holdability) {
    return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public RowIdLifetime getRowIdLifetime() {
    return RowIdLifetime.ROWID_UNSUPPORTED;
  }

  @Override
  public Connection getConnection() {
    return owner;
  }

  @Override
  public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types) throws SQLException {
    return schema.tables(catalog, schemaPattern, tableNamePattern, types);
  }

  @Override
  public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
      throws SQLException {
    return schema.columns(catalog, schemaPattern, tableNamePattern, columnNamePattern);
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schemaName, String table) throws SQLException {
    return schema.primaryKeys(catalog, schemaName, table);
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    return getSchemas(null, null);
  }

  @Override
  public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
    return schema.schemas(catalog, schemaPattern);
  }

  @Override
  public ResultSet getCatalogs() throws SQLException {
    return schema.catalogs();
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    return schema.tableTypes();
  }

  @Override
  public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) throws SQLException {
    return schema.procedures(catalog, schemaPattern, procedureNamePattern);
  }

  @Override
  public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern, String columnNamePattern)
      throws SQLException {
    throw notYet("getProcedureColumns");
  }

  @Override
  public ResultSet getColumnPrivileges(String catalog, String schemaName, String table, String columnNamePattern)
      throws SQLException {
    throw notYet("getColumnPrivileges");
  }

  @Override
  public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
    throw notYet("getTablePrivileges");
  }

  @Override
  public ResultSet getBestRowIdentifier(String catalog, String schemaName, String table, int scope, boolean nullable)
      throws SQLException {
    throw notYet("getBestRowIdentifier");
  }

  @Override
  public ResultSet getVersionColumns(String catalog, String schemaName, String table) throws SQLException {
    throw notYet("getVersionColumns");
  }

  @Override
  public ResultSet getImportedKeys(String catalog, String schemaName, String table) throws SQLException {
    return schema.importedKeys(catalog, schemaName, table);
  }

  @Override
  public ResultSet getExportedKeys(String catalog, String schemaName, String table) throws SQLException {
    return schema.exportedKeys(catalog, schemaName, table);
  }

  @Override
  public ResultSet getCrossReference(
      String parentCatalog, String parentSchema, String parentTable, String foreignCatalog, String foreignSchema,
      String foreignTable) throws SQLException {
    return schema.crossReference(parentCatalog, parentSchema, parentTable, foreignCatalog, foreignSchema, foreignTable);
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    return schema.typeInfo();
  }

  @Override
  public ResultSet getIndexInfo(String catalog, String schemaName, String table, boolean unique, boolean approximate)
      throws SQLException {
    return schema.indexInfo(catalog, schemaName, table, unique);
  }

  @Override
  public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) throws SQLException {
    return none("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE", "REMARKS", "BASE_TYPE");
  }

  @Override
  public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
    return none("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT", "SUPERTYPE_SCHEM", "SUPERTYPE_NAME");
  }

  @Override
  public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) throws SQLException {
    return none("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
  }

  @Override
  public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern, String attributeNamePattern)
      throws SQLException {
    return none("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME", "DATA_TYPE", "ATTR_TYPE_NAME", "ATTR_SIZE",
        "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "REMARKS", "ATTR_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB",
        "CHAR_OCTET_LENGTH", "ORDINAL_POSITION", "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE");
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    return none("NAME", "MAX_LEN", "DEFAULT_VALUE", "DESCRIPTION");
  }

  @Override
  public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) throws SQLException {
    return schema.functions(catalog, schemaPattern, functionNamePattern);
  }

  @Override
  public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern, String columnNamePattern)
      throws SQLException {
    throw notYet("getFunctionColumns");
  }

  @Override
  public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
      throws SQLException {
    return none("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "COLUMN_SIZE", "DECIMAL_DIGITS",
        "NUM_PREC_RADIX", "COLUMN_USAGE", "REMARKS", "CHAR_OCTET_LENGTH", "IS_NULLABLE");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return Wrappers.unwrap(iface, this);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return Wrappers.isWrapperFor(iface, this);
  }

  /**
   * An empty result with the given columns: for what MySQL does not have (user-defined types, table
   * inheritance, pseudo columns) and client info properties, which are kept on the client only.
   */
  private static ResultSet none(String... labels) {
    List<ColumnMetadata> columns = new ArrayList<>(labels.length);
    for (String label : labels) {
      columns.add(new ColumnMetadata(label, label, "", "", "", "VARCHAR", 0, 0, true, false, false, false));
    }
    return new JdbcResultSet(null, List.copyOf(columns), List.of());
  }

  private static SQLFeatureNotSupportedException notYet(String method) {
    return new SQLFeatureNotSupportedException("DatabaseMetaData." + method + " is not supported yet");
  }
}
