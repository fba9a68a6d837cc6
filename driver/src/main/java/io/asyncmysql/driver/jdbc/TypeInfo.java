package io.asyncmysql.driver.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** MySQL's SQL types for {@link DatabaseMetaData#getTypeInfo()} and {@code getColumns}' {@code DATA_TYPE}. */
final class TypeInfo {
  /**
   * One SQL type.
   *
   * @param name the name, as {@code information_schema} spells it in lower case
   * @param prefix the literal prefix, or {@code null}
   * @param params the parameters a column definition takes, or {@code null}
   */
  private record Type(String name, int sqlType, long precision, String prefix, String params, boolean caseSensitive,
      boolean autoIncrement, int maximumScale) {}

  private static final List<Type> TYPES = List.of(
      new Type("bit", Types.BIT, 64, "b'", "(M)", false, false, 0),
      new Type("tinyint", Types.TINYINT, 3, null, "[(M)] [UNSIGNED] [ZEROFILL]", false, true, 0),
      new Type("bigint", Types.BIGINT, 19, null, "[(M)] [UNSIGNED] [ZEROFILL]", false, true, 0),
      new Type("longblob", Types.LONGVARBINARY, 4294967295L, "'", null, true, false, 0),
      new Type("mediumblob", Types.LONGVARBINARY, 16777215, "'", null, true, false, 0),
      new Type("blob", Types.LONGVARBINARY, 65535, "'", "[(M)]", true, false, 0),
      new Type("tinyblob", Types.VARBINARY, 255, "'", null, true, false, 0),
      new Type("varbinary", Types.VARBINARY, 65535, "'", "(M)", true, false, 0),
      new Type("binary", Types.BINARY, 255, "'", "(M)", true, false, 0),
      new Type("longtext", Types.LONGVARCHAR, 4294967295L, "'", null, false, false, 0),
      new Type("mediumtext", Types.LONGVARCHAR, 16777215, "'", null, false, false, 0),
      new Type("text", Types.LONGVARCHAR, 65535, "'", "[(M)]", false, false, 0),
      new Type("json", Types.LONGVARCHAR, 4294967295L, "'", null, true, false, 0),
      new Type("char", Types.CHAR, 255, "'", "[(M)]", false, false, 0),
      new Type("enum", Types.CHAR, 65535, "'", "('value1','value2',...)", false, false, 0),
      new Type("set", Types.CHAR, 64, "'", "('value1','value2',...)", false, false, 0),
      new Type("decimal", Types.DECIMAL, 65, null, "[(M[,D])] [UNSIGNED] [ZEROFILL]", false, false, 30),
      new Type("int", Types.INTEGER, 10, null, "[(M)] [UNSIGNED] [ZEROFILL]", false, true, 0),
      new Type("mediumint", Types.INTEGER, 7, null, "[(M)] [UNSIGNED] [ZEROFILL]", false, true, 0),
      new Type("smallint", Types.SMALLINT, 5, null, "[(M)] [UNSIGNED] [ZEROFILL]", false, true, 0),
      new Type("year", Types.SMALLINT, 4, null, null, false, false, 0),
      new Type("float", Types.REAL, 12, null, "[(M,D)] [UNSIGNED] [ZEROFILL]", false, false, 0),
      new Type("double", Types.DOUBLE, 22, null, "[(M,D)] [UNSIGNED] [ZEROFILL]", false, false, 0),
      new Type("varchar", Types.VARCHAR, 65535, "'", "(M)", false, false, 0),
      new Type("tinytext", Types.VARCHAR, 255, "'", null, false, false, 0),
      new Type("date", Types.DATE, 10, "'", null, false, false, 0),
      new Type("time", Types.TIME, 16, "'", "[(fsp)]", false, false, 6),
      new Type("datetime", Types.TIMESTAMP, 26, "'", "[(fsp)]", false, false, 6),
      new Type("timestamp", Types.TIMESTAMP, 26, "'", "[(fsp)]", false, false, 6));

  /** The query whose result is {@code getTypeInfo()}'s, ordered by {@code DATA_TYPE}. */
  static final String SQL = TYPES.stream().map(TypeInfo::select)
      .collect(Collectors.joining(" UNION ALL ", "SELECT * FROM (", ") t ORDER BY DATA_TYPE"));

  private TypeInfo() {}

  /** A CASE expression giving the {@link Types} code of a {@code DATA_TYPE} column; {@code OTHER} for the rest. */
  static String dataTypeCase(String column) {
    return TYPES.stream()
        .map(t -> "WHEN '" + t.name + "' THEN " + t.sqlType)
        .collect(Collectors.joining(" ", "CASE LOWER(" + column + ") ", " ELSE " + Types.OTHER + " END"));
  }

  private static String select(Type t) {
    return "SELECT " + literal(t.name.toUpperCase(Locale.ROOT)) + " AS TYPE_NAME, " + t.sqlType + " AS DATA_TYPE, "
        + t.precision + " AS `PRECISION`, " + literal(t.prefix) + " AS LITERAL_PREFIX, "
        + literal(t.prefix == null ? null : "'") + " AS LITERAL_SUFFIX, "
        + literal(t.params) + " AS CREATE_PARAMS, " + DatabaseMetaData.typeNullable + " AS NULLABLE, "
        + (t.caseSensitive ? 1 : 0) + " AS CASE_SENSITIVE, " + DatabaseMetaData.typeSearchable + " AS SEARCHABLE, "
        + "0 AS UNSIGNED_ATTRIBUTE, 0 AS FIXED_PREC_SCALE, " + (t.autoIncrement ? 1 : 0) + " AS AUTO_INCREMENT, "
        + literal(t.name.toUpperCase(Locale.ROOT)) + " AS LOCAL_TYPE_NAME, 0 AS MINIMUM_SCALE, "
        + t.maximumScale + " AS MAXIMUM_SCALE, 0 AS SQL_DATA_TYPE, 0 AS SQL_DATETIME_SUB, 10 AS NUM_PREC_RADIX";
  }

  /** A string literal, or NULL. */
  private static String literal(String text) {
    return text == null ? "NULL" : "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
