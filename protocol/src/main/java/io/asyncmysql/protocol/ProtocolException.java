package io.asyncmysql.protocol;

/**
 * The one exception the codec throws for input it cannot accept: malformed, truncated, oversized or
 * out-of-sequence bytes, or a request the protocol cannot express. Whatever a hostile or broken
 * server sends, decoding ends in this exception and never in an {@code IndexOutOfBoundsException},
 * a {@code NegativeArraySizeException} or an {@code OutOfMemoryError}.
 */
public class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a new instance with the given message.
   *
   * @param message what was wrong, in the form {@code what: value (expected: ...)}
   */
  public ProtocolException(String message) {
    super(message);
  }

  /**
   * Creates a new instance with the given message and cause.
   *
   * @param message what was wrong
   * @param cause the failure that revealed it
   */
  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
