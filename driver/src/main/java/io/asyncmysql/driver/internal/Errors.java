package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.MySqlServerException;
import io.asyncmysql.driver.PacketTooLargeException;
import io.asyncmysql.protocol.PayloadTooLargeException;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.message.ErrPacket;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.CompletionException;

/** Turns what goes wrong inside the driver into the public exception types. */
final class Errors {
  /** Closes the channel when a write fails after it was accepted, failing every command with it. */
  static final ChannelFutureListener CLOSE_ON_WRITE_FAILURE =
      future -> {
        if (!future.isSuccess()) {
          future.channel().pipeline().fireExceptionCaught(future.cause());
        }
      };

  private Errors() {}

  /** The exception for a server's ERR packet. */
  static MySqlServerException server(ErrPacket err) {
    return new MySqlServerException(err.errorCode(), err.sqlState(), err.message());
  }

  /** The exception for a command that failed before any of its bytes were written. */
  static MySqlException notSent(Throwable cause) {
    Throwable reason = unwrap(cause);
    if (reason instanceof MySqlException e) {
      return e;
    }
    if (reason instanceof PayloadTooLargeException p) {
      return new PacketTooLargeException(p.length(), p.maxAllowedPacket(), p);
    }
    if (reason instanceof ProtocolException || reason instanceof IllegalArgumentException) {
      return new MySqlProtocolException(reason.getMessage(), Delivery.NOT_SENT, reason);
    }
    return new ConnectionClosedException("cannot send the command: " + reason, Delivery.NOT_SENT, reason);
  }

  /** The cause of a {@link CompletionException}, or the throwable itself. */
  static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
