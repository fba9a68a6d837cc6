package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.ProtocolException;

/**
 * The column and parameter types of the protocol, {@code enum_field_types} of MySQL and MariaDB.
 *
 * <p>Some ids never appear in a result set (the server-internal {@code TIMESTAMP2}, {@code
 * DATETIME2}, {@code TIME2}, {@code TYPED_ARRAY}, {@code BOOL}, MariaDB's compressed types); they are
 * listed so that every id a server may name decodes.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/field__types_8h.html">enum_field_types</a>
 */
public enum ColumnType {
  DECIMAL(0),
  TINY(1),
  SHORT(2),
  LONG(3),
  FLOAT(4),
  DOUBLE(5),
  NULL(6),
  TIMESTAMP(7),
  LONGLONG(8),
  INT24(9),
  DATE(10),
  TIME(11),
  DATETIME(12),
  YEAR(13),
  NEWDATE(14),
  VARCHAR(15),
  BIT(16),
  TIMESTAMP2(17),
  DATETIME2(18),
  TIME2(19),
  TYPED_ARRAY(20),
  /** MariaDB: a compressed VARCHAR column, server-internal. */
  VARCHAR_COMPRESSED(140),
  /** MariaDB: a compressed BLOB column, server-internal. */
  BLOB_COMPRESSED(141),
  /** MySQL 9: a vector of 4-byte little-endian floats. */
  VECTOR(242),
  INVALID(243),
  BOOL(244),
  JSON(245),
  NEWDECIMAL(246),
  ENUM(247),
  SET(248),
  TINY_BLOB(249),
  MEDIUM_BLOB(250),
  LONG_BLOB(251),
  BLOB(252),
  VAR_STRING(253),
  STRING(254),
  GEOMETRY(255);

  private static final ColumnType[] BY_ID = new ColumnType[256];

  static {
    for (ColumnType type : values()) {
      BY_ID[type.id] = type;
    }
  }

  private final int id;

  ColumnType(int id) {
    this.id = id;
  }

  /** The id on the wire. */
  public int id() {
    return id;
  }

  /**
   * The type with the given id.
   *
   * @throws ProtocolException when no type has this id
   */
  public static ColumnType of(int id) {
    ColumnType type = id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    if (type == null) {
      throw new ProtocolException("column type: " + id + " (expected: an enum_field_types id)");
    }
    return type;
  }
}
