package io.asyncmysql.driver;

/**
 * What the server says about one result column.
 *
 * @param label the column label: the {@code AS} alias, or the column name
 * @param name the column's name in its table, empty for an expression
 * @param table the table alias, empty for an expression
 * @param orgTable the table's real name
 * @param schema the database
 * @param typeName the SQL type name, e.g. {@code BIGINT UNSIGNED}, {@code VARCHAR}, {@code VARBINARY},
 *     {@code JSON}, {@code ENUM}
 * @param length the column's display length in the column's charset
 * @param decimals the number of decimals, or the fractional-second digits of temporal types
 * @param nullable whether the column can be NULL
 * @param unsigned whether the column is an unsigned number
 * @param binary whether the column holds bytes rather than text (binary collation)
 * @param autoIncrement whether the column is {@code AUTO_INCREMENT}
 */
public record ColumnMetadata(
    String label,
    String name,
    String table,
    String orgTable,
    String schema,
    String typeName,
    long length,
    int decimals,
    boolean nullable,
    boolean unsigned,
    boolean binary,
    boolean autoIncrement) {}
