package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ColumnFlags;

/** The SQL name of a column's type, as {@code CREATE TABLE} writes it, from the protocol's type and flags. */
final class SqlTypeNames {
  private SqlTypeNames() {}

  static String of(ColumnDefinition d) {
    boolean binary = d.isBinary();
    return switch (d.type()) {
      case TINY, BOOL -> "TINYINT";
      case SHORT -> "SMALLINT";
      case INT24 -> "MEDIUMINT";
      case LONG -> "INT";
      case LONGLONG -> "BIGINT";
      case FLOAT -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case DECIMAL, NEWDECIMAL -> "DECIMAL";
      case YEAR -> "YEAR";
      case DATE, NEWDATE -> "DATE";
      case TIME, TIME2 -> "TIME";
      case DATETIME, DATETIME2 -> "DATETIME";
      case TIMESTAMP, TIMESTAMP2 -> "TIMESTAMP";
      case BIT -> "BIT";
      case JSON -> "JSON";
      case GEOMETRY -> "GEOMETRY";
      case VECTOR -> "VECTOR";
      case NULL -> "NULL";
      case ENUM -> "ENUM";
      case SET -> "SET";
      case STRING -> ColumnFlags.has(d.flags(), ColumnFlags.ENUM) ? "ENUM"
          : ColumnFlags.has(d.flags(), ColumnFlags.SET) ? "SET" : binary ? "BINARY" : "CHAR";
      case VARCHAR, VAR_STRING, VARCHAR_COMPRESSED -> binary ? "VARBINARY" : "VARCHAR";
      case TINY_BLOB, MEDIUM_BLOB, LONG_BLOB, BLOB, BLOB_COMPRESSED -> binary ? "BLOB" : "TEXT";
      case TYPED_ARRAY, INVALID -> d.type().name();
    };
  }
}
