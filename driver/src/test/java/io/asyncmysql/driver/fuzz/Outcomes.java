package io.asyncmysql.driver.fuzz;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlException;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.MySqlServerException;
import io.asyncmysql.driver.Row;
import io.asyncmysql.driver.RowSet;
import io.asyncmysql.protocol.type.ValueConversionException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges the calls of fuzz executions: each must end within {@value #CALL_LIMIT_SECONDS} s, failing
 * only with a {@link MySqlException} or the documented parameter-count mismatch (with nothing but a
 * {@link MySqlServerException}, the server's own answer, when the conversation was not mutated); the
 * values of the rows it returned must read or fail with a {@link ValueConversionException} or a
 * {@link MySqlProtocolException}. Collects the kinds of outcome and the failures, with the input that
 * caused each.
 */
final class Outcomes {
  /** Far longer than a call takes: the replay server hangs up when it is done, so only a call that never ends reaches it. */
  private static final long CALL_LIMIT_SECONDS = 60;
  private static final int HEX_LIMIT = 2048;
  private static final int MAX_FAILURES = 10;

  private final Set<String> kinds = new HashSet<>();
  private final List<String> failures = new ArrayList<>();
  private String input = "recording";
  private boolean mustSucceed = true;

  /** Starts judging the calls of the execution {@code input}; an unmutated one must succeed or fail as the server said. */
  void execution(String description, boolean unmutated) {
    input = description;
    mustSucceed = unmutated;
  }

  /** Makes the calls one after the other, judging each when it ended. */
  void call(MySqlConnection conn, List<Function<MySqlConnection, CompletableFuture<?>>> calls) {
    for (int i = 0; i < calls.size(); i++) {
      judge("call " + i, calls.get(i).apply(conn));
    }
  }

  /** Waits for the connection, makes the calls on it, judges everything and closes it. */
  void run(CompletableFuture<MySqlConnection> connecting, List<Function<MySqlConnection, CompletableFuture<?>>> calls,
      List<Conversation.Segment> turns) {
    int before = failures.size();
    Object connection = judge("connect", connecting);
    if (connection instanceof MySqlConnection conn) {
      try {
        call(conn, calls);
      } finally {
        conn.closeNow();
      }
    }
    if (failures.size() > before) {
      failures.set(failures.size() - 1, failures.getLast() + "\nserver turns:\n" + hex(turns));
    }
  }

  List<String> failures() {
    return failures;
  }

  int distinct() {
    return kinds.size();
  }

  /** A stream's rows, or its failure. */
  static CompletableFuture<List<Row>> collect(Flow.Publisher<Row> rows) {
    CompletableFuture<List<Row>> all = new CompletableFuture<>();
    rows.subscribe(new Flow.Subscriber<>() {
      private final List<Row> received = new ArrayList<>();

      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(Row row) {
        received.add(row);
      }

      @Override
      public void onError(Throwable failure) {
        all.completeExceptionally(failure);
      }

      @Override
      public void onComplete() {
        all.complete(received);
      }
    });
    return all;
  }

  /** Judges one call; returns its value, or {@code null} when it failed. */
  private Object judge(String call, CompletableFuture<?> future) {
    Object value;
    try {
      value = future.get(CALL_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      fail(call + " did not end within " + CALL_LIMIT_SECONDS + " s", null);
      return null;
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
      if (!(cause instanceof MySqlException || isParameterCountMismatch(cause))
          || mustSucceed && !(cause instanceof MySqlServerException)) {
        fail(call + " failed with " + cause, cause);
      }
      kinds.add(call + " " + cause.getClass().getSimpleName() + " " + gist(cause.getMessage()));
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    kinds.add(call + " ok");
    if (value instanceof RowSet rows) {
      readValues(call, rows);
    } else if (value instanceof List<?> rows) {
      readValues(call, rows);
    }
    return value;
  }

  private void readValues(String call, Iterable<?> rows) {
    for (Object element : rows) {
      Row row = (Row) element;
      for (int i = 0; i < row.size(); i++) {
        try {
          row.get(i);
        } catch (ValueConversionException | MySqlProtocolException e) {
          kinds.add(call + " value " + gist(e.getMessage()));
          if (mustSucceed) {
            fail(call + ": column " + i + " of a recorded row did not read", e);
          }
        } catch (RuntimeException e) {
          fail(call + ": reading column " + i + " threw " + e, e);
        }
      }
    }
  }

  private void fail(String what, Throwable cause) {
    if (failures.size() >= MAX_FAILURES) {
      return;
    }
    StringWriter trace = new StringWriter();
    if (cause != null) {
      cause.printStackTrace(new PrintWriter(trace));
    }
    failures.add(input + ": " + what + "\n" + trace);
  }

  private static String hex(List<Conversation.Segment> turns) {
    StringBuilder s = new StringBuilder();
    for (Conversation.Segment turn : turns) {
      byte[] bytes = turn.bytes();
      s.append("after ").append(turn.clientPackets()).append(" client packets, ").append(bytes.length).append(" bytes: ")
          .append(HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, HEX_LIMIT))).append('\n');
    }
    return s.toString();
  }

  /**
   * The failure {@link MySqlConnection#query(String, Object...)} documents for parameters that are not
   * one per {@code ?} as the server counted them: what a forged prepare answer brings about, before
   * anything more is sent.
   */
  private static boolean isParameterCountMismatch(Throwable failure) {
    return failure instanceof IllegalArgumentException && String.valueOf(failure.getMessage()).startsWith("parameters: ");
  }

  /** The first words of a message, digits masked: what kind of failure, without the values. */
  private static String gist(String message) {
    return message == null ? "" : Arrays.stream(message.split(" ")).limit(4).collect(Collectors.joining(" ")).replaceAll("\\d+", "#");
  }
}
