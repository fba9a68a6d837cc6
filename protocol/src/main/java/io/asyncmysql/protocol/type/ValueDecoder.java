package io.asyncmysql.protocol.type;

import io.asyncmysql.protocol.ProtocolException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Decodes one cell of a {@link RowData} to a Java value, in the text or binary protocol alike.
 *
 * <p>{@code Object.class} asks for the column's natural type: TINY → Byte (UNSIGNED: Short), SHORT →
 * Short (Integer), INT24 → Integer, LONG → Integer (Long), LONGLONG → Long (BigInteger), YEAR → Short,
 * FLOAT → Float, DOUBLE → Double, DECIMAL → BigDecimal, DATE → LocalDate, DATETIME and TIMESTAMP →
 * LocalDateTime, TIME → Duration, BIT(1) → Boolean, other BIT → Long, JSON → String, text → String in
 * the column's charset, binary-collation strings and GEOMETRY → byte[], VECTOR → float[].
 *
 * <p>Other targets convert where no value is lost: numbers to every number type within range, to
 * Boolean (non-zero) and to String; dates to LocalDate, LocalDateTime, LocalTime and, in {@link
 * DecodeOptions#timeZone()}, Instant, OffsetDateTime and ZonedDateTime; TIME to LocalTime within a day;
 * integers to {@code java.time.Year}; strings to byte[], UUID, {@code Set<String>} (a SET's members)
 * and, parsed, to numbers and dates; BIT, binary strings, GEOMETRY and VECTOR to byte[]. String of a
 * text-protocol cell is the server's text. Primitive classes stand for their wrappers. A conversion
 * that is impossible or would lose the value throws {@link ValueConversionException}; a cell that does
 * not have the form of its type throws {@link ProtocolException}. SQL NULL decodes as {@code null}.
 */
public final class ValueDecoder {
  private static final Set<Class<?>> DATE_TIME_TARGETS =
      Set.of(LocalDate.class, LocalDateTime.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class);
  private static final Set<Class<?>> NUMBER_TARGETS =
      Set.of(Long.class, Integer.class, Short.class, Byte.class, BigInteger.class, BigDecimal.class, Boolean.class);

  private ValueDecoder() {}

  /**
   * Decodes the cell at {@code index} as {@code target}.
   *
   * @param column the definition of the cell's column
   * @return the value, or {@code null} for SQL NULL (and for a zero date with {@link
   *     ZeroDateBehavior#NULL})
   */
  @SuppressWarnings("unchecked")
  public static <T> T decode(RowData row, int index, ColumnDefinition column, Class<T> target, DecodeOptions options) {
    if (row.isNull(index)) {
      return null;
    }
    Class<?> wanted = target.isPrimitive() ? wrapper(target) : target;
    byte[] a = row.array();
    int offset = row.start(index);
    int length = row.end(index) - offset;
    ColumnType type = column.type();
    if (wanted == String.class && !row.isBinary() && type != ColumnType.BIT && type != ColumnType.GEOMETRY
        && type != ColumnType.VECTOR) {
      return (T) new String(a, offset, length, textCharset(column));
    }
    return (T)
        switch (type) {
          case TINY, BOOL, SHORT, YEAR, INT24, LONG, LONGLONG -> integer(row.isBinary(), a, offset, length, column, wanted);
          case FLOAT, DOUBLE -> floating(row.isBinary(), a, offset, length, type, wanted);
          case DECIMAL, NEWDECIMAL -> NumberConversions.fromDecimal(TextCells.parseDecimal(a, offset, length), type, wanted);
          case DATE, NEWDATE, DATETIME, TIMESTAMP, DATETIME2, TIMESTAMP2 -> {
            Temporal value =
                row.isBinary() ? BinaryCells.readDateTime(a, offset, length) : TextCells.parseDateTime(a, offset, length);
            boolean dateOnly = type == ColumnType.DATE || type == ColumnType.NEWDATE;
            yield TemporalConversions.fromDateTime(value, dateOnly, column.decimals(), type, wanted, options);
          }
          case TIME, TIME2 -> {
            Duration value = row.isBinary() ? BinaryCells.readTime(a, offset, length) : TextCells.parseTime(a, offset, length);
            yield TemporalConversions.fromTime(value, column.decimals(), type, wanted);
          }
          case BIT -> bit(a, offset, length, column, wanted);
          case VECTOR -> vector(a, offset, length, wanted);
          case GEOMETRY -> bytes(a, offset, length, type, wanted);
          case NULL -> null;
          default -> string(a, offset, length, column, wanted, options);
        };
  }

  private static Object integer(boolean binary, byte[] a, int offset, int length, ColumnDefinition column, Class<?> target) {
    ColumnType type = column.type();
    boolean unsigned = column.isUnsigned() || type == ColumnType.YEAR;
    boolean unsigned64 = unsigned && type == ColumnType.LONGLONG;
    long value;
    if (binary) {
      int size =
          switch (type) {
            case TINY, BOOL -> 1;
            case SHORT, YEAR -> 2;
            case INT24, LONG -> 4;
            default -> 8;
          };
      if (length != size) {
        throw new ProtocolException("binary " + type + " value: " + length + " bytes (expected: " + size + ")");
      }
      value = BinaryCells.readInt(a, offset, size, unsigned);
    } else {
      value = TextCells.parseLong(a, offset, length, unsigned64);
    }
    if (target != Object.class) {
      return NumberConversions.fromInteger(value, unsigned64, type, target);
    }
    Class<?> natural =
        switch (type) {
          case TINY, BOOL -> unsigned ? Short.class : Byte.class;
          case SHORT -> unsigned ? Integer.class : Short.class;
          case YEAR -> Short.class;
          case INT24 -> Integer.class;
          case LONG -> unsigned ? Long.class : Integer.class;
          default -> unsigned64 ? BigInteger.class : Long.class;
        };
    return NumberConversions.fromInteger(value, unsigned64, type, natural);
  }

  private static Object floating(boolean binary, byte[] a, int offset, int length, ColumnType type, Class<?> target) {
    boolean single = type == ColumnType.FLOAT;
    double value;
    if (binary) {
      int size = single ? 4 : 8;
      if (length != size) {
        throw new ProtocolException("binary " + type + " value: " + length + " bytes (expected: " + size + ")");
      }
      long bits = BinaryCells.readInt(a, offset, size, true);
      value = single ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    } else {
      String text = ascii(a, offset, length);
      try {
        value = single ? Float.parseFloat(text) : Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new ProtocolException("text " + type + " value: \"" + text + "\" (expected: a number)", e);
      }
    }
    if (target == Object.class) {
      return NumberConversions.fromDouble(value, single, type, single ? Float.class : Double.class);
    }
    return NumberConversions.fromDouble(value, single, type, target);
  }

  private static Object bit(byte[] a, int offset, int length, ColumnDefinition column, Class<?> target) {
    if (target == byte[].class) {
      return Arrays.copyOfRange(a, offset, offset + length);
    }
    long value = BinaryCells.readBits(a, offset, length);
    if (target == Object.class && column.columnLength() == 1) {
      return value != 0;
    }
    if (target == Object.class || target == Long.class) {
      return value;
    }
    return NumberConversions.fromInteger(value, true, ColumnType.BIT, target);
  }

  private static Object vector(byte[] a, int offset, int length, Class<?> target) {
    if (target != Object.class && target != float[].class) {
      return bytes(a, offset, length, ColumnType.VECTOR, target);
    }
    if (length % Float.BYTES != 0) {
      throw new ProtocolException("VECTOR value: " + length + " bytes (expected: a multiple of 4)");
    }
    float[] vector = new float[length / Float.BYTES];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = Float.intBitsToFloat((int) BinaryCells.readInt(a, offset + i * Float.BYTES, Float.BYTES, true));
    }
    return vector;
  }

  private static Object bytes(byte[] a, int offset, int length, ColumnType type, Class<?> target) {
    if (target == Object.class || target == byte[].class) {
      return Arrays.copyOfRange(a, offset, offset + length);
    }
    throw ValueConversionException.unsupported(type, target);
  }

  private static Object string(
      byte[] a, int offset, int length, ColumnDefinition column, Class<?> target, DecodeOptions options) {
    ColumnType type = column.type();
    if (target == byte[].class || target == Object.class && column.isBinary() && type != ColumnType.JSON) {
      return Arrays.copyOfRange(a, offset, offset + length);
    }
    String text = new String(a, offset, length, textCharset(column));
    if (target == Object.class || target == String.class) {
      return text;
    } else if (target == Set.class) {
      Set<String> members = new LinkedHashSet<>();
      if (!text.isEmpty()) {
        members.addAll(Arrays.asList(text.split(",", -1)));
      }
      return members;
    }
    try {
      if (target == UUID.class) {
        return UUID.fromString(text);
      } else if (target == Boolean.class && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
        return Boolean.valueOf(text);
      } else if (target == Double.class || target == Float.class) {
        return NumberConversions.fromDouble(Double.parseDouble(text), false, type, target);
      } else if (target == Duration.class || target == LocalTime.class) {
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        return TemporalConversions.fromTime(TextCells.parseTime(ascii, 0, ascii.length), 6, type, target);
      } else if (DATE_TIME_TARGETS.contains(target)) {
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        Temporal value = TextCells.parseDateTime(ascii, 0, ascii.length);
        return TemporalConversions.fromDateTime(value, ascii.length == 10, 6, type, target, options);
      } else if (target == Year.class) {
        return NumberConversions.fromInteger(Long.parseLong(text.trim()), false, type, target);
      } else if (NUMBER_TARGETS.contains(target)) {
        return NumberConversions.fromDecimal(new BigDecimal(text.trim()), type, target);
      }
    } catch (ValueConversionException e) {
      throw e;
    } catch (IllegalArgumentException | ProtocolException e) {
      throw new ValueConversionException(
          "conversion: \"" + text + "\" to " + target.getName() + " (expected: the text form of " + target.getSimpleName() + ")",
          e);
    }
    throw ValueConversionException.unsupported(type, target);
  }

  /** The charset of a column's text; binary-collation text (MySQL's JSON, numbers) is UTF-8. */
  private static Charset textCharset(ColumnDefinition column) {
    return column.isBinary() ? StandardCharsets.UTF_8 : column.charset();
  }

  private static String ascii(byte[] a, int offset, int length) {
    return new String(a, offset, length, StandardCharsets.ISO_8859_1);
  }

  private static Class<?> wrapper(Class<?> primitive) {
    return switch (primitive.getName()) {
      case "long" -> Long.class;
      case "int" -> Integer.class;
      case "short" -> Short.class;
      case "byte" -> Byte.class;
      case "boolean" -> Boolean.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      default -> primitive;
    };
  }
}
