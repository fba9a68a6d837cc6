package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.protocol.Packet;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.message.ErrPacket;
import io.asyncmysql.protocol.message.ServerPacketKind;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs the commands of one connection: queues them, writes up to the pipelining limit back to back
 * with one flush per batch, hands every response packet to the oldest command in flight, and fails
 * whatever is left when the connection ends.
 *
 * <p>A server error fails only its own command. Malformed or out-of-sequence bytes fail the command
 * whose response was being read with a {@link MySqlProtocolException} and close the connection, since
 * the stream can no longer be trusted; every other command then fails with a {@link
 * ConnectionClosedException} that says whether it had been sent ({@link Delivery#IN_DOUBT}) or not
 * ({@link Delivery#NOT_SENT}).
 */
final class CommandPipeline extends ChannelDuplexHandler {
  private final ConnectionContext connection;
  private final int pipeliningLimit;
  private final Supplier<CompletableFuture<Void>> killer;
  private boolean killing;
  private final ArrayDeque<Command<?>> pending = new ArrayDeque<>();
  private final ArrayDeque<Command<?>> inFlight = new ArrayDeque<>();
  private final SilenceDetector silence;
  private ChannelHandlerContext ctx;
  private MySqlException closedCause;

  /**
   * Creates a pipeline whose first command, already in flight, reads the server's greeting.
   *
   * @param handshake the connection phase
   * @param killer kills the statement the server is running for this connection; completes when done
   */
  CommandPipeline(ConnectionContext connection, int pipeliningLimit, Command<?> handshake, Supplier<CompletableFuture<Void>> killer) {
    this.connection = connection;
    this.pipeliningLimit = pipeliningLimit;
    this.killer = killer;
    this.silence = new SilenceDetector(connection.options.queryTimeout());
    inFlight.add(handshake);
    handshake.future.thenRun(() -> silence.watch(ctx.channel(), () -> !inFlight.isEmpty(), this::close));
  }

  @Override
  public void handlerAdded(ChannelHandlerContext context) {
    this.ctx = context;
  }

  @Override
  public void write(ChannelHandlerContext context, Object msg, ChannelPromise promise) {
    if (!(msg instanceof Command<?> command)) {
      context.write(msg, promise);
      return;
    }
    promise.trySuccess();
    if (closedCause != null) {
      command.fail(new ConnectionClosedException("connection closed: " + closedCause.getMessage(), Delivery.NOT_SENT, closedCause));
      return;
    }
    if (!context.channel().isActive()) {
      command.fail(new ConnectionClosedException("connection closed", Delivery.NOT_SENT));
      return;
    }
    pending.add(command);
    writePending();
  }

  /** Commands are flushed by {@link #writePending()}, once per batch; a caller's flush only wakes the event loop. */
  @Override
  public void flush(ChannelHandlerContext context) {}

  private void writePending() {
    boolean wrote = false;
    while (!pending.isEmpty() && closedCause == null && !killing && pending.peek().ready() && mayWrite(pending.peek())) {
      Command<?> command = pending.poll();
      if (command.future.isDone()) {
        continue;
      }
      ChannelFuture write;
      try {
        write = command.write(ctx, connection);
      } catch (RuntimeException e) {
        command.fail(Errors.notSent(e));
        continue;
      }
      if (write.isDone() && !write.isSuccess()) {
        command.fail(Errors.notSent(write.cause()));
        continue;
      }
      wrote = true;
      command.sent = true;
      write.addListener(Errors.CLOSE_ON_WRITE_FAILURE);
      if (!command.expectsResponse()) {
        write.addListener(done -> {
          if (done.isSuccess()) {
            command.written();
          } else {
            command.fail(Errors.notSent(done.cause()));
          }
        });
        continue;
      }
      inFlight.add(command);
      if (inFlight.size() == 1) {
        becomeHead(command);
      }
    }
    if (wrote) {
      ctx.flush();
    }
  }

  private void becomeHead(Command<?> command) {
    command.awaitResponse(connection);
    if (command.future.isDone()) {
      kill();
    }
  }

  /**
   * Kills the server's current statement, holding back further writes until the kill was answered:
   * a kill that arrived after its target finished must not interrupt a statement sent after it. A
   * command cancelled meanwhile is killed when the kill in progress is done.
   */
  private void kill() {
    if (killing) {
      return;
    }
    killing = true;
    killer.get().whenComplete((ignored, failure) -> ctx.executor().execute(() -> {
      killing = false;
      Command<?> head = inFlight.peek();
      if (head != null && head.future.isDone()) {
        kill();
      } else {
        writePending();
      }
    }));
  }

  /**
   * Stops a command whose future was cancelled or timed out: one not yet written is dropped; one whose
   * statement the server may be running is killed ({@code KILL QUERY} from a side connection) as soon
   * as it is the server's current statement. Its response is still read, so the connection stays
   * usable. Call on the event loop.
   */
  void cancel(Command<?> command) {
    if (pending.remove(command)) {
      return;
    }
    if (inFlight.peek() == command) {
      kill();
    }
  }

  private boolean mayWrite(Command<?> next) {
    if (inFlight.isEmpty()) {
      return true;
    }
    return inFlight.size() < pipeliningLimit && !next.exclusive() && !inFlight.peekLast().exclusive();
  }

  @Override
  public void channelRead(ChannelHandlerContext context, Object msg) {
    if (!(msg instanceof Packet packet)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    silence.heard();
    try {
      Command<?> head = inFlight.peek();
      if (head == null) {
        unsolicited(packet);
        return;
      }
      boolean done;
      try {
        done = head.read(packet.payload(), context, connection);
      } catch (RuntimeException e) {
        inFlight.poll();
        head.fail(new MySqlProtocolException(e.getMessage(), Delivery.IN_DOUBT, e));
        close(new MySqlProtocolException("connection closed after malformed server data: " + e.getMessage(), Delivery.IN_DOUBT, e));
        return;
      }
      if (done) {
        inFlight.poll();
        Command<?> next = inFlight.peek();
        if (next != null) {
          becomeHead(next);
        } else {
          connection.sequence.endExchange();
        }
        writePending();
      }
    } finally {
      packet.release();
    }
  }

  /** A packet nobody asked for: the server's last word before closing an idle connection (ER 4031), or garbage. */
  private void unsolicited(Packet packet) {
    if (ServerPacketKind.ofCommandResponse(packet.payload(), connection.session()) == ServerPacketKind.ERR) {
      ErrPacket err = ErrPacket.decode(packet.payload(), connection.session());
      close(new ConnectionClosedException("server closed the connection: " + Errors.server(err).getMessage(), Delivery.NOT_SENT));
    } else {
      close(new MySqlProtocolException("unsolicited packet from the server: " + packet, Delivery.NOT_SENT, null));
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
    Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    close(reason instanceof ProtocolException p
        ? new MySqlProtocolException("malformed server data: " + p.getMessage(), Delivery.IN_DOUBT, p)
        : new ConnectionClosedException("connection failed: " + reason, Delivery.IN_DOUBT, reason));
  }

  @Override
  public void channelInactive(ChannelHandlerContext context) {
    failAll(closedCause != null ? closedCause : new ConnectionClosedException("connection closed by the server or the network", Delivery.IN_DOUBT));
    context.fireChannelInactive();
  }

  /** Why the connection closed, or {@code null} while it is open or when nobody said. Event loop only. */
  MySqlException closedCause() {
    return closedCause;
  }

  /** Closes the connection for {@code cause}; commands still queued or in flight fail with it. */
  void close(MySqlException cause) {
    if (closedCause == null) {
      closedCause = cause;
    }
    failAll(closedCause);
    ctx.close();
  }

  private void failAll(MySqlException cause) {
    if (closedCause == null) {
      closedCause = cause;
    }
    boolean reading = true;
    for (Command<?> command; (command = inFlight.poll()) != null; reading = false) {
      boolean own = cause instanceof ConnectionClosedException || (reading && cause instanceof MySqlProtocolException);
      command.fail(own ? cause : new ConnectionClosedException(cause.getMessage(), Delivery.IN_DOUBT, cause));
    }
    for (Command<?> command; (command = pending.poll()) != null; ) {
      command.fail(new ConnectionClosedException(cause.getMessage(), Delivery.NOT_SENT, cause));
    }
  }
}
