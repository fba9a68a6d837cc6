package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.BatchResult;
import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.HostAndPort;
import io.asyncmysql.driver.IsolationLevel;
import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.MySqlTimeoutException;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import io.asyncmysql.protocol.PacketDecoder;
import io.asyncmysql.protocol.ServerStatus;
import io.asyncmysql.protocol.message.ComInitDb;
import io.asyncmysql.protocol.message.ComPing;
import io.asyncmysql.protocol.message.ComQuery;
import io.asyncmysql.protocol.message.ComQuit;
import io.asyncmysql.protocol.message.ComResetConnection;
import io.asyncmysql.protocol.message.ComStmtClose;
import io.asyncmysql.protocol.message.CommandMessage;
import io.asyncmysql.protocol.type.ComStmtExecute;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A {@link MySqlConnection} over one Netty channel: turns each call into a {@link Command}. */
public final class ChannelConnection implements MySqlConnection {
  private static final int MAX_PAYLOAD_LENGTH = 1 << 30;

  private final Channel channel;
  private final ConnectionContext context;
  private final CommandPipeline pipeline;
  private final StatementCache statements;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private final BatchRun.Statements batchStatements = new BatchRun.Statements() {
    @Override
    public CompletableFuture<RowSet> execute(String sql, Object[] parameters) {
      return query(sql, parameters);
    }

    @Override
    public CompletableFuture<RowSet> bulk(String sql, List<Object[]> rows) {
      return prepared(sql, statement -> statement.bulkExecution(rows));
    }
  };

  private ChannelConnection(Channel channel, ConnectionContext context, CommandPipeline pipeline) {
    this.channel = channel;
    this.context = context;
    this.pipeline = pipeline;
    this.statements = new StatementCache(context.options.preparedStatementCacheSize(), this::closeStatement);
    channel.closeFuture().addListener(f -> closed.complete(null));
  }

  /**
   * Connects, authenticates and prepares the session, trying the options' hosts in order while a
   * host cannot be reached (a server's refusal is final).
   *
   * @param options where and how to connect
   * @return the open connection, or a failure with a {@link io.asyncmysql.driver.MySqlException}
   */
  public static CompletableFuture<MySqlConnection> connect(MySqlConnectOptions options) {
    Objects.requireNonNull(options, "options");
    CompletableFuture<MySqlConnection> connection = connect(options, 0);
    for (int i = 1; i < options.hosts().size() && options.unixSocket() == null; i++) {
      int host = i;
      connection = connection.exceptionallyCompose(failure -> Errors.unwrap(failure) instanceof ConnectionClosedException
              || Errors.unwrap(failure) instanceof MySqlTimeoutException
          ? connect(options, host)
          : CompletableFuture.failedFuture(Errors.unwrap(failure)));
    }
    return connection;
  }

  /** Connects to the host at {@code hostIndex} of the options' hosts. */
  private static CompletableFuture<MySqlConnection> connect(MySqlConnectOptions options, int hostIndex) {
    CompletableFuture<MySqlConnection> result = new CompletableFuture<>();
    DecodeOptions decodeOptions = DecodeOptions.DEFAULT;
    ConnectionContext context = new ConnectionContext(options, decodeOptions);
    boolean unix = options.unixSocket() != null;
    HostAndPort target = options.hosts().get(hostIndex);
    HandshakeCommand handshake = new HandshakeCommand(options, target.host(), target.port(), unix);
    CommandPipeline pipeline = new CommandPipeline(context, options.pipeliningLimit(), handshake, new QueryKiller(options, context));
    Bootstrap bootstrap = new Bootstrap()
        .group(Transports.group())
        .channel(unix ? Transports.unixChannel() : Transports.tcpChannel())
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()))
        .handler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast("packets", new PacketDecoder(context.sequence, MAX_PAYLOAD_LENGTH));
            ch.pipeline().addLast("messages", context.encoder);
            ch.pipeline().addLast("commands", pipeline);
          }
        });
    if (!unix) {
      bootstrap.option(ChannelOption.TCP_NODELAY, options.tcpNoDelay()).option(ChannelOption.SO_KEEPALIVE, options.tcpKeepAlive());
    }
    ChannelFuture connecting = unix
        ? bootstrap.connect(Transports.unixAddress(options.unixSocket()))
        : bootstrap.connect(target.host(), target.port());
    Channel channel = connecting.channel();
    connecting.addListener(f -> {
      if (!f.isSuccess()) {
        result.completeExceptionally(new ConnectionClosedException(
            "cannot connect to " + (unix ? options.unixSocket() : target) + ": " + f.cause().getMessage(), Delivery.NOT_SENT, f.cause()));
      }
    });
    channel.eventLoop().schedule(() -> {
      if (result.completeExceptionally(new MySqlTimeoutException(MySqlTimeoutException.Kind.CONNECT, options.connectTimeout(), Delivery.NOT_SENT))) {
        channel.close();
      }
    }, options.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
    handshake.future
        .thenCompose(ignored -> new ChannelConnection(channel, context, pipeline).initialise())
        .whenComplete((connection, failure) -> {
          if (failure != null) {
            result.completeExceptionally(Errors.unwrap(failure));
          } else if (!result.complete(connection)) {
            connection.close();
          }
          if (failure != null) {
            channel.close();
          }
        });
    return result;
  }

  /** Reads {@code max_allowed_packet} and sets the session time zone when one is configured. */
  private CompletableFuture<MySqlConnection> initialise() {
    CompletableFuture<RowSet> timeZone = context.options.sessionTimeZone() == null
        ? CompletableFuture.completedFuture(null)
        : query("SET time_zone = '" + context.options.sessionTimeZone().getId().replace("'", "''") + "'");
    CompletableFuture<RowSet> maxPacket = query("SELECT @@max_allowed_packet");
    return timeZone.thenCombine(maxPacket, (ignored, rows) -> {
      long max = maxAllowedPacket(rows);
      channel.eventLoop().execute(() -> context.session(context.session().withMaxAllowedPacket(max)));
      return this;
    });
  }

  /** The answer to {@code SELECT @@max_allowed_packet}: one positive integer, or the server does not speak MySQL. */
  private static long maxAllowedPacket(RowSet rows) {
    Long max;
    try {
      max = rows.size() == 1 && rows.get(0).size() == 1 ? rows.get(0).get(0, Long.class) : null;
    } catch (IllegalArgumentException | MySqlProtocolException e) {
      max = null;
    }
    if (max == null || max <= 0) {
      throw new MySqlProtocolException("@@max_allowed_packet: " + rows.size() + " rows of " + rows.columns().size()
          + " columns, or not a positive integer (expected: one positive integer)", Delivery.COMPLETED, null);
    }
    return max;
  }

  @Override
  public CompletableFuture<RowSet> query(String sql) {
    Objects.requireNonNull(sql, "sql");
    return statement(QueryCommand.text(sql, context));
  }

  @Override
  public CompletableFuture<RowSet> query(String sql, Object... parameters) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(parameters, "parameters");
    if (parameters.length == 0) {
      return query(sql);
    }
    return prepared(sql, statement -> statement.execution(parameters, ComStmtExecute.CURSOR_TYPE_NO_CURSOR));
  }

  @Override
  public CompletableFuture<BatchResult> executeBatch(String sql, List<Object[]> rows) {
    Objects.requireNonNull(sql, "sql");
    List<Object[]> copy = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      copy.add(Objects.requireNonNull(row, "row").clone());
    }
    if (copy.isEmpty()) {
      return CompletableFuture.completedFuture(new BatchResult(new long[0], 0, 0));
    }
    CompletableFuture<CompletableFuture<BatchResult>> issued = new CompletableFuture<>();
    // Planned and issued on the event loop, where the session (capabilities, max_allowed_packet) lives.
    channel.eventLoop().execute(() -> {
      try {
        issued.complete(BatchRun.run(sql, copy, context.session(), context.options.rewriteBatches(), batchStatements));
      } catch (RuntimeException e) {
        issued.completeExceptionally(e);
      }
    });
    CompletableFuture<BatchResult> result = issued.thenCompose(batch -> batch);
    result.whenComplete((batch, failure) -> {
      if (failure instanceof CancellationException) {
        issued.thenAccept(running -> running.cancel(false));
      }
    });
    return deliver(result);
  }

  /** Runs a prepared statement, prepared once and cached (closed after the run when the cache is off). */
  private CompletableFuture<RowSet> prepared(String sql, Function<PreparedStatement, CommandMessage> execution) {
    CompletableFuture<PreparedStatement> statement = statements.get(sql, this::prepare);
    CompletableFuture<RowSet> result = statement(QueryCommand.prepared(statement, execution, context));
    if (!statements.caches()) {
      result.whenComplete((rows, failure) -> statement.thenAccept(this::closeStatement));
    }
    return result;
  }

  @Override
  public Flow.Publisher<Row> stream(String sql, Object... parameters) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(parameters, "parameters");
    RowPublisher publisher = new RowPublisher(channel, context.decodeOptions);
    CompletableFuture<Runnable> stopper = new CompletableFuture<>();
    publisher.bind(
        () -> startStream(sql, parameters, publisher).whenComplete((stop, failure) -> {
          if (failure != null) {
            channel.eventLoop().execute(() -> publisher.finish(Errors.unwrap(failure)));
          } else {
            stopper.complete(stop);
          }
        }),
        () -> stopper.thenAccept(Runnable::run));
    return publisher;
  }

  /**
   * Sends a streamed statement: a text one flows in under auto-read back-pressure, a prepared one is
   * fetched through a cursor. Returns what stops it.
   */
  private CompletableFuture<Runnable> startStream(String sql, Object[] parameters, RowPublisher publisher) {
    if (parameters.length == 0) {
      StreamCommand command = new StreamCommand(new ComQuery(sql), publisher);
      send(command);
      return CompletableFuture.completedFuture(() -> {
        command.fail(new CancellationException("stream cancelled"));
        channel.eventLoop().execute(() -> pipeline.cancel(command));
      });
    }
    return statements.get(sql, this::prepare).thenApply(statement -> {
      CursorStream cursor = new CursorStream(publisher, statement.id(), this::send);
      Command<Void> execute = cursor.execute(statement, parameters);
      send(execute);
      return () -> channel.eventLoop().execute(() -> {
        execute.fail(new CancellationException("stream cancelled"));
        pipeline.cancel(execute);
        cursor.close();
      });
    });
  }

  /** Prepares on this connection; the future completes on the event loop, whatever the executor option says. */
  private CompletableFuture<PreparedStatement> prepare(String sql) {
    return enqueue(new PrepareCommand(sql));
  }

  private void closeStatement(PreparedStatement statement) {
    simple(new ComStmtClose(statement.id()));
  }

  @Override
  public CompletableFuture<Void> ping() {
    return simple(ComPing.INSTANCE);
  }

  @Override
  public CompletableFuture<Void> selectDatabase(String database) {
    return simple(new ComInitDb(Objects.requireNonNull(database, "database")));
  }

  @Override
  public CompletableFuture<Void> reset() {
    statements.clear();
    return simple(ComResetConnection.INSTANCE);
  }

  @Override
  public CompletableFuture<Void> begin() {
    return query("BEGIN").thenApply(rows -> null);
  }

  @Override
  public CompletableFuture<Void> begin(IsolationLevel isolation, boolean readOnly) {
    Objects.requireNonNull(isolation, "isolation");
    CompletableFuture<RowSet> level = query("SET TRANSACTION ISOLATION LEVEL " + isolation.sql());
    return level.thenCombine(query(readOnly ? "START TRANSACTION READ ONLY" : "START TRANSACTION READ WRITE"), (a, b) -> null);
  }

  @Override
  public CompletableFuture<Void> isolationLevel(IsolationLevel isolation) {
    return query("SET SESSION TRANSACTION ISOLATION LEVEL " + Objects.requireNonNull(isolation, "isolation").sql()).thenApply(rows -> null);
  }

  @Override
  public CompletableFuture<Void> readOnly(boolean readOnly) {
    return query("SET SESSION TRANSACTION " + (readOnly ? "READ ONLY" : "READ WRITE")).thenApply(rows -> null);
  }

  @Override
  public CompletableFuture<Void> savepoint(String name) {
    return query("SAVEPOINT " + identifier(name)).thenApply(rows -> null);
  }

  @Override
  public CompletableFuture<Void> rollbackToSavepoint(String name) {
    return query("ROLLBACK TO SAVEPOINT " + identifier(name)).thenApply(rows -> null);
  }

  @Override
  public CompletableFuture<Void> releaseSavepoint(String name) {
    return query("RELEASE SAVEPOINT " + identifier(name)).thenApply(rows -> null);
  }

  /** A quoted identifier: backticks around, backticks inside doubled. */
  private static String identifier(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("savepoint name: empty (expected: at least one character)");
    }
    return '`' + name.replace("`", "``") + '`';
  }

  @Override
  public CompletableFuture<Void> changeUser(String user, String password, String database) {
    Objects.requireNonNull(user, "user");
    statements.clear();
    return send(new ChangeUserCommand(context.options, user, password, database));
  }

  @Override
  public CompletableFuture<Void> commit() {
    return query("COMMIT").thenApply(rows -> null);
  }

  @Override
  public CompletableFuture<Void> rollback() {
    return query("ROLLBACK").thenApply(rows -> null);
  }

  @Override
  public boolean inTransaction() {
    return context.inTransaction();
  }

  @Override
  public boolean noBackslashEscapes() {
    return ServerStatus.noBackslashEscapes(context.serverStatus());
  }

  @Override
  public long connectionId() {
    return context.connectionId();
  }

  @Override
  public String serverVersion() {
    return context.serverVersion();
  }

  @Override
  public boolean isOpen() {
    return channel.isActive();
  }

  @Override
  public CompletableFuture<Void> close() {
    if (channel.isActive()) {
      simple(ComQuit.INSTANCE).whenComplete((ignored, failure) -> channel.close());
    }
    return closed;
  }

  @Override
  public CompletableFuture<Void> closeNow() {
    channel.close();
    return closed;
  }

  private CompletableFuture<Void> simple(CommandMessage message) {
    return send(new SimpleCommand(message));
  }

  /**
   * Sends a statement that the query timeout applies to and that {@code cancel} stops: a cancelled or
   * timed-out statement is dropped if not yet sent, else killed on the server.
   */
  private <T> CompletableFuture<T> statement(Command<T> command) {
    CompletableFuture<T> future = send(command);
    Duration timeout = context.options.queryTimeout();
    if (timeout != null && !timeout.isZero()) {
      ScheduledFuture<?> timer = channel.eventLoop().schedule(
          () -> command.fail(new MySqlTimeoutException(MySqlTimeoutException.Kind.QUERY, timeout, command.sent ? Delivery.IN_DOUBT : Delivery.NOT_SENT)),
          timeout.toNanos(), TimeUnit.NANOSECONDS);
      future.whenComplete((result, failure) -> timer.cancel(false));
    }
    future.whenComplete((result, failure) -> {
      if (failure instanceof CancellationException || failure instanceof MySqlTimeoutException) {
        channel.eventLoop().execute(() -> pipeline.cancel(command));
      }
    });
    return future;
  }

  private <T> CompletableFuture<T> send(Command<T> command) {
    return deliver(enqueue(command));
  }

  /** Queues a command; its own future, completed on the event loop. */
  private <T> CompletableFuture<T> enqueue(Command<T> command) {
    channel.writeAndFlush(command).addListener(f -> {
      if (!f.isSuccess()) {
        MySqlException reason = pipeline.closedCause();
        command.fail(reason == null
            ? new ConnectionClosedException("connection closed", Delivery.NOT_SENT, f.cause())
            : new ConnectionClosedException("connection closed: " + reason.getMessage(), Delivery.NOT_SENT, reason));
      }
    });
    return command.future;
  }

  /**
   * The future the application gets: the command's own, completed on the event loop, or, when the
   * options name an executor, one completed on that executor. Cancelling it cancels the command.
   */
  private <T> CompletableFuture<T> deliver(CompletableFuture<T> future) {
    Executor executor = context.options.executor();
    if (executor == null) {
      return future;
    }
    CompletableFuture<T> delivered = new CompletableFuture<>();
    future.whenCompleteAsync((value, failure) -> {
      if (failure != null) {
        delivered.completeExceptionally(Errors.unwrap(failure));
      } else {
        delivered.complete(value);
      }
    }, executor);
    delivered.whenComplete((value, failure) -> {
      if (failure instanceof CancellationException) {
        future.cancel(false);
      }
    });
    return delivered;
  }

  @Override
  public String toString() {
    return "MySqlConnection[id=" + context.connectionId() + ", " + channel.remoteAddress() + (isOpen() ? "" : ", closed") + "]";
  }
}
