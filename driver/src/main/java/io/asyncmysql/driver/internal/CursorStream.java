package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.ServerStatus;
import io.asyncmysql.protocol.message.ComStmtFetch;
import io.asyncmysql.protocol.message.ComStmtReset;
import io.asyncmysql.protocol.message.CommandMessage;
import io.asyncmysql.protocol.message.OkPacket;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ComStmtExecute;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import java.util.function.Consumer;

/**
 * Streams a prepared statement's rows through a server-side cursor: {@code COM_STMT_EXECUTE} opens a
 * read-only cursor, and each {@code COM_STMT_FETCH} brings {@value #FETCH_ROWS} more rows when the
 * subscriber wants them. Between fetches nothing is in flight, so a slow subscriber holds no socket
 * buffer and no server thread, and other commands on the connection run in between. Cancelling
 * closes the cursor with {@code COM_STMT_RESET}.
 *
 * <p>Confined to the connection's event loop.
 */
final class CursorStream implements ResultSink {
  static final int FETCH_ROWS = RowPublisher.LOW_WATER;

  private final RowPublisher publisher;
  private final int statementId;
  private final Consumer<Command<?>> sender;
  private ColumnDefinition[] columns;
  private boolean cursorOpen;
  private boolean fetching;

  CursorStream(RowPublisher publisher, int statementId, Consumer<Command<?>> sender) {
    this.publisher = publisher;
    this.statementId = statementId;
    this.sender = sender;
    publisher.refillWith(this::fetch);
  }

  /**
   * The command that executes the statement and opens the cursor.
   *
   * @throws IllegalArgumentException when the parameters do not fit the statement
   */
  Command<Void> execute(PreparedStatement statement, Object[] parameters) {
    return new Step(statement.execution(parameters, ComStmtExecute.CURSOR_TYPE_READ_ONLY), new ResultReader(this, true));
  }

  /** Closes the cursor, when one is open. */
  void close() {
    if (cursorOpen) {
      cursorOpen = false;
      sender.accept(new SimpleCommand(new ComStmtReset(statementId)));
    }
  }

  private void fetch() {
    if (cursorOpen && !fetching) {
      fetching = true;
      sender.accept(new Step(new ComStmtFetch(statementId, FETCH_ROWS), new ResultReader(this, columns)));
    }
  }

  @Override
  public void columns(ColumnDefinition[] definitions) {
    columns = definitions;
    publisher.columns(definitions);
  }

  @Override
  public void row(ByteBuf payload, boolean binary) {
    publisher.row(payload, binary);
  }

  @Override
  public void end(OkPacket ok, boolean more) {
    fetching = false;
    cursorOpen = ServerStatus.cursorExists(ok.statusFlags()) && !ServerStatus.lastRowSent(ok.statusFlags());
    if (!cursorOpen) {
      publisher.finish(null);
    } else if (publisher.wantsMore()) {
      fetch();
    }
  }

  /** One round trip of the stream: the execution, or a fetch. */
  private final class Step extends Command<Void> {
    private final CommandMessage request;
    private final ResultReader reader;

    Step(CommandMessage request, ResultReader reader) {
      this.request = request;
      this.reader = reader;
      future.whenComplete((ignored, failure) -> {
        if (failure != null) {
          publisher.finish(Errors.unwrap(failure));
        }
      });
    }

    @Override
    ChannelFuture write(ChannelHandlerContext ctx, ConnectionContext connection) {
      return ctx.write(request);
    }

    @Override
    boolean read(ByteBuf payload, ChannelHandlerContext ctx, ConnectionContext connection) {
      if (!reader.read(payload, connection)) {
        return false;
      }
      if (reader.error() != null) {
        fail(Errors.server(reader.error()));
      } else {
        complete(null);
      }
      return true;
    }
  }
}
