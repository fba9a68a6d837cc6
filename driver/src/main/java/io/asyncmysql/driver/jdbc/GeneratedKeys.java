package io.asyncmysql.driver.jdbc;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The keys of the rows an {@code INSERT} added, from the {@code AUTO_INCREMENT} value of its first
 * row: one column {@code GENERATED_KEY}, one row per inserted row, {@code lastInsertId + i}. This
 * assumes {@code auto_increment_increment = 1}, the default.
 */
final class GeneratedKeys {
  static final String LABEL = "GENERATED_KEY";
  private static final List<ColumnMetadata> COLUMNS =
      List.of(new ColumnMetadata(LABEL, "", "", "", "", "BIGINT UNSIGNED", 20, 0, false, true, false, true));

  private GeneratedKeys() {}

  /** The keys of every result that inserted with an {@code AUTO_INCREMENT}, in order. */
  static JdbcResultSet of(Statement statement, List<RowSet> results) {
    List<Row> rows = new ArrayList<>();
    for (RowSet result : results) {
      if (result.lastInsertId() != 0) {
        for (long i = 0; i < Math.max(1, result.affectedRows()); i++) {
          rows.add(new KeyRow(result.lastInsertId() + i));
        }
      }
    }
    return new JdbcResultSet(statement, COLUMNS, rows);
  }

  /** One key; the bits of an unsigned 64-bit integer. */
  private record KeyRow(long key) implements Row {
    @Override
    public int size() {
      return 1;
    }

    @Override
    public List<ColumnMetadata> columns() {
      return COLUMNS;
    }

    @Override
    public <T> T get(int index, Class<T> type) {
      Objects.checkIndex(index, 1);
      BigInteger value = new BigInteger(Long.toUnsignedString(key));
      Object converted;
      if (type == Object.class || type == BigInteger.class) {
        converted = value;
      } else if (type == Long.class || type == long.class) {
        converted = value.longValueExact();
      } else if (type == Integer.class || type == int.class) {
        converted = value.intValueExact();
      } else if (type == Short.class || type == short.class) {
        converted = value.shortValueExact();
      } else if (type == Byte.class || type == byte.class) {
        converted = value.byteValueExact();
      } else if (type == BigDecimal.class) {
        converted = new BigDecimal(value);
      } else if (type == String.class) {
        converted = value.toString();
      } else if (type == Double.class || type == double.class) {
        converted = value.doubleValue();
      } else if (type == Float.class || type == float.class) {
        converted = value.floatValue();
      } else {
        throw new IllegalArgumentException("conversion: " + LABEL + " to " + type.getName() + " (expected: a number type or String)");
      }
      @SuppressWarnings("unchecked")
      T result = (T) converted;
      return result;
    }

    @Override
    public <T> T get(String label, Class<T> type) {
      if (!label.equalsIgnoreCase(LABEL)) {
        throw new NoSuchElementException("column: " + label + " (expected: " + LABEL + ")");
      }
      return get(0, type);
    }

    @Override
    public boolean isNull(int index) {
      Objects.checkIndex(index, 1);
      return false;
    }
  }
}
