package io.asyncmysql.driver;

import java.util.Objects;

/**
 * The server answered a command with an error packet, e.g. {@code Duplicate entry '1' for key
 * 'PRIMARY' [1062, SQLSTATE 23000]}. The connection stays usable. Its {@linkplain #delivery()
 * delivery} is always {@link Delivery#COMPLETED}.
 */
public class MySqlServerException extends MySqlException {
  private static final long serialVersionUID = 1L;

  private final int errorCode;
  private final String sqlState;
  private final String serverMessage;

  /**
   * Creates a new instance from the fields of an error packet.
   *
   * @param errorCode the server's error number, e.g. 1062
   * @param sqlState the five-character SQLSTATE, e.g. {@code 23000}, or {@code null} when the packet
   *     had none (errors during the handshake)
   * @param serverMessage the server's message
   */
  public MySqlServerException(int errorCode, String sqlState, String serverMessage) {
    super(format(errorCode, sqlState, Objects.requireNonNull(serverMessage, "serverMessage")), Delivery.COMPLETED);
    this.errorCode = errorCode;
    this.sqlState = sqlState;
    this.serverMessage = serverMessage;
  }

  /** The server's error number, e.g. 1062 for a duplicate key. */
  public int errorCode() {
    return errorCode;
  }

  /** The five-character SQLSTATE, e.g. {@code 23000}, or {@code null} when the server sent none. */
  public String sqlState() {
    return sqlState;
  }

  /** The server's message as it sent it, without the error code and SQLSTATE. */
  public String serverMessage() {
    return serverMessage;
  }

  private static String format(int errorCode, String sqlState, String serverMessage) {
    return sqlState == null
        ? serverMessage + " [" + errorCode + "]"
        : serverMessage + " [" + errorCode + ", SQLSTATE " + sqlState + "]";
  }
}
