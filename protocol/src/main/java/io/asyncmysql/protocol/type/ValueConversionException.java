package io.asyncmysql.protocol.type;

/**
 * A value that cannot become what was asked: a cell to a Java type it does not convert to, a number
 * out of the target's range, a date {@code java.time} cannot hold, or a parameter of a Java class the
 * protocol cannot send. Unlike a {@link io.asyncmysql.protocol.ProtocolException}, the connection is
 * fine; the request was wrong.
 */
public final class ValueConversionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a new instance with the given message.
   *
   * @param message what was wrong, in the form {@code what: value (expected: ...)}
   */
  public ValueConversionException(String message) {
    super(message);
  }

  /**
   * Creates a new instance with the given message and cause.
   *
   * @param message what was wrong
   * @param cause the failure that revealed it
   */
  public ValueConversionException(String message, Throwable cause) {
    super(message, cause);
  }

  static ValueConversionException unsupported(ColumnType type, Class<?> target) {
    return new ValueConversionException(
        "conversion: " + type + " column to " + target.getName() + " (expected: a type this column converts to)");
  }

  static ValueConversionException outOfRange(Object value, Class<?> target) {
    return new ValueConversionException("conversion: " + value + " to " + target.getName() + " (expected: a value the target holds exactly)");
  }
}
