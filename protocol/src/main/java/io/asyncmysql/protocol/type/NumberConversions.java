package io.asyncmysql.protocol.type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Year;

/** Converts a decoded number to a requested Java type, refusing to lose its value on the way. */
final class NumberConversions {
  private static final double TWO_TO_63 = 0x1p63;
  /**
   * The largest exponent a decimal may carry into its plain text or an exact BigInteger: far beyond
   * any number a server stores, small enough that a forged {@code 1E+999999999} cannot expand into
   * gigabytes of digits.
   */
  private static final int MAX_EXPONENT = 1 << 12;

  private NumberConversions() {}

  /** The unsigned value of a 64-bit pattern, without going through its decimal text. */
  static BigInteger unsignedBigInteger(long value) {
    byte[] magnitude = new byte[Long.BYTES];
    for (int i = 0; i < Long.BYTES; i++) {
      magnitude[i] = (byte) (value >>> (8 * (Long.BYTES - 1 - i)));
    }
    return new BigInteger(1, magnitude);
  }

  /**
   * An integer cell as the requested type.
   *
   * @param unsigned64 whether {@code value} is the bit pattern of an unsigned 64-bit integer
   */
  static Object fromInteger(long value, boolean unsigned64, ColumnType type, Class<?> target) {
    boolean beyondLong = unsigned64 && value < 0;
    if (target == Long.class) {
      if (beyondLong) {
        throw ValueConversionException.outOfRange(Long.toUnsignedString(value), target);
      }
      return value;
    } else if (target == Integer.class) {
      return (int) checkRange(value, beyondLong, Integer.MIN_VALUE, Integer.MAX_VALUE, target);
    } else if (target == Short.class) {
      return (short) checkRange(value, beyondLong, Short.MIN_VALUE, Short.MAX_VALUE, target);
    } else if (target == Byte.class) {
      return (byte) checkRange(value, beyondLong, Byte.MIN_VALUE, Byte.MAX_VALUE, target);
    } else if (target == Boolean.class) {
      return value != 0;
    } else if (target == BigInteger.class) {
      return beyondLong ? unsignedBigInteger(value) : BigInteger.valueOf(value);
    } else if (target == BigDecimal.class) {
      return beyondLong ? new BigDecimal(unsignedBigInteger(value)) : BigDecimal.valueOf(value);
    } else if (target == Double.class) {
      return beyondLong ? (double) (value >>> 1) * 2 + (value & 1) : (double) value;
    } else if (target == Float.class) {
      return beyondLong ? (float) ((double) (value >>> 1) * 2 + (value & 1)) : (float) value;
    } else if (target == String.class) {
      return unsigned64 ? Long.toUnsignedString(value) : Long.toString(value);
    } else if (target == Year.class) {
      try {
        return Year.of((int) checkRange(value, beyondLong, Year.MIN_VALUE, Year.MAX_VALUE, target));
      } catch (DateTimeException e) {
        throw ValueConversionException.outOfRange(value, target);
      }
    }
    throw ValueConversionException.unsupported(type, target);
  }

  /**
   * A floating-point cell as the requested type; integer targets take only integral values in range.
   *
   * @param single whether the value is a FLOAT, whose shortest text is that of the float
   */
  static Object fromDouble(double value, boolean single, ColumnType type, Class<?> target) {
    if (target == Double.class) {
      return value;
    } else if (target == Float.class) {
      float narrowed = (float) value;
      if (Float.isInfinite(narrowed) && !Double.isInfinite(value)) {
        throw ValueConversionException.outOfRange(value, target);
      }
      return narrowed;
    } else if (target == Boolean.class) {
      return value != 0;
    } else if (target == String.class) {
      return single ? Float.toString((float) value) : Double.toString(value);
    } else if (target == BigDecimal.class || target == BigInteger.class || isIntegral(target)) {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw ValueConversionException.outOfRange(value, target);
      }
      if (target != BigDecimal.class && value >= -TWO_TO_63 && value < TWO_TO_63 && value == Math.rint(value)) {
        return fromInteger((long) value, false, type, target);
      }
      return fromDecimal(single ? new BigDecimal(Float.toString((float) value)) : BigDecimal.valueOf(value), type, target);
    }
    throw ValueConversionException.unsupported(type, target);
  }

  /** A DECIMAL cell (natural type BigDecimal), or a number parsed from text, as the requested type. */
  static Object fromDecimal(BigDecimal value, ColumnType type, Class<?> target) {
    try {
      if (target == BigDecimal.class || target == Object.class) {
        return value;
      } else if (target == BigInteger.class) {
        return toBigIntegerExact(value);
      } else if (target == Long.class) {
        return value.longValueExact();
      } else if (target == Integer.class) {
        return value.intValueExact();
      } else if (target == Short.class) {
        return value.shortValueExact();
      } else if (target == Byte.class) {
        return value.byteValueExact();
      }
    } catch (ArithmeticException e) {
      throw ValueConversionException.outOfRange(plain(value), target);
    }
    if (target == Double.class || target == Float.class) {
      double approximate = value.doubleValue();
      if (Double.isInfinite(approximate)) {
        throw ValueConversionException.outOfRange(plain(value), target);
      }
      return fromDouble(approximate, false, type, target);
    } else if (target == Boolean.class) {
      return value.signum() != 0;
    } else if (target == String.class) {
      return plain(value);
    }
    throw ValueConversionException.unsupported(type, target);
  }

  /**
   * The decimal as a BigInteger when it has no fraction, without expanding a forged exponent: a
   * value below 1 is an integer only when it is 0, and a positive exponent is limited.
   */
  private static BigInteger toBigIntegerExact(BigDecimal value) {
    if (value.signum() == 0) {
      return BigInteger.ZERO;
    }
    if (value.scale() < -MAX_EXPONENT || value.scale() > value.precision()) {
      throw new ArithmeticException("not an integer of at most " + MAX_EXPONENT + " zeros: " + value);
    }
    return value.toBigIntegerExact();
  }

  /** The plain text of a decimal, or its scientific notation when the exponent would make the plain text huge. */
  private static String plain(BigDecimal value) {
    return Math.abs((long) value.scale()) > MAX_EXPONENT ? value.toString() : value.toPlainString();
  }

  private static boolean isIntegral(Class<?> target) {
    return target == Long.class || target == Integer.class || target == Short.class || target == Byte.class;
  }

  private static long checkRange(long value, boolean beyondLong, long min, long max, Class<?> target) {
    if (beyondLong || value < min || value > max) {
      throw ValueConversionException.outOfRange(beyondLong ? Long.toUnsignedString(value) : value, target);
    }
    return value;
  }
}
