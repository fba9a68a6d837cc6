package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.asyncmysql.driver.WriteLedger.Outcome;
import io.asyncmysql.driver.WriteLedger.Verdict;
import io.asyncmysql.testing.TestServer;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

/**
 * Callers that each run one operation at a time, drawn from a {@link Mix} of primary-key lookups,
 * single inserts, streams of the whole {@code s} table (half text, half through a cursor) and
 * two-insert transactions, on the Future API ({@link FutureOperations}) or through JDBC ({@link
 * JdbcOperations}). Every insert carries a new UUID and goes into the {@link WriteLedger}; every
 * outcome is counted in the phase it was issued in.
 *
 * <p>Each step of an operation is one wait for the driver, and each wait has the bound of what it
 * waits for ({@link Bounds}): a step that takes longer is hung.
 *
 * <p>The run has three phases: {@code FAULTS} from {@link #start}, {@code RECOVERY} from {@link
 * #recoverAndStop} until every operation issued under faults has ended, then {@code CLEAN}. Every
 * clean operation starts after the last one issued under faults ended, so the clean phase's success
 * rate is its own. The time from the end of the faults to each caller's first success is measured.
 */
final class MixedWorkload {
  /** When an operation was issued. */
  enum Phase { FAULTS, RECOVERY, CLEAN }

  /** What a step waits for. */
  enum Wait { BORROW, STATEMENT, STREAM, RETURN }

  /**
   * How long each wait may take before it counts as hung: the driver's limit for it plus {@link
   * #GRACE}. A borrow ends within {@code acquireTimeout}; a statement within {@code queryTimeout}
   * (the driver kills it then). A stream has no time limit of its own, as it lasts as long as its
   * subscriber reads: its bound is on each wait for its next signal (a row, its end), which the
   * silence rule ends, nothing heard for twice {@code queryTimeout}, checked every half {@code
   * queryTimeout}. Giving a connection back rolls back an open transaction (a statement) while
   * pinging after a timeout (up to {@code validationTimeout}); JDBC's {@code close()} first restores
   * the session, one statement more.
   */
  record Bounds(Duration borrow, Duration statement, Duration stream, Duration giveBack) {
    static final Duration GRACE = Duration.ofSeconds(5);

    static Bounds of(MySqlConnectOptions connect, MySqlPoolOptions pool) {
      Duration query = connect.queryTimeout();
      Duration cleanup = query.compareTo(pool.validationTimeout()) >= 0 ? query : pool.validationTimeout();
      return new Bounds(pool.acquireTimeout().plus(GRACE), query.plus(GRACE), query.multipliedBy(5).dividedBy(2).plus(GRACE),
          query.plus(cleanup).plus(GRACE));
    }

    Duration of(Wait wait) {
      return switch (wait) {
        case BORROW -> borrow;
        case STATEMENT -> statement;
        case STREAM -> stream;
        case RETURN -> giveBack;
      };
    }

    /**
     * The longest an operation may take short of a stream whose rows keep coming: a borrow, four
     * statements or a stream's silence, and the return.
     */
    Duration operation() {
      Duration work = statement.multipliedBy(4).compareTo(stream) >= 0 ? statement.multipliedBy(4) : stream;
      return borrow.plus(work).plus(giveBack);
    }

    @Override
    public String toString() {
      return "borrow " + borrow.toSeconds() + " s, statement " + statement.toSeconds() + " s, stream " + stream.toSeconds() + " s, return "
          + giveBack.toSeconds() + " s";
    }
  }

  /**
   * The shares, in percent, of each kind of operation; streams are half text, half through a cursor.
   *
   * @param lookups primary-key lookups
   * @param inserts single inserts
   * @param streams streams of the whole {@code s} table
   * @param transactions two-insert transactions
   */
  record Mix(int lookups, int inserts, int streams, int transactions) {
    /** FAULT-1's mix: 40 % lookups, 30 % inserts, 10 % streams, 20 % transactions. */
    static final Mix FAULT = new Mix(40, 30, 10, 20);
    /**
     * LOAD-3's mix, LOAD-1's lookups with enough writes for the ledger: 84 % lookups, 10 % inserts,
     * 1 % streams, 5 % transactions.
     */
    static final Mix LOAD = new Mix(84, 10, 1, 5);

    Mix {
      if (lookups + inserts + streams + transactions != 100) {
        throw new IllegalArgumentException("shares: " + lookups + " + " + inserts + " + " + streams + " + " + transactions + " (expected: 100)");
      }
    }

    @Override
    public String toString() {
      return lookups + " % lookups, " + inserts + " % inserts, " + streams + " % streams, " + transactions + " % transactions";
    }
  }

  /** The four operations of the mix on one API; each waits for the driver through the {@link Steps} it is given. */
  interface Operations {
    /** The {@code v} of the rows of {@code s} whose {@code n} is {@code n}. */
    List<String> lookup(int n, Steps steps) throws Exception;

    /** Inserts {@code (id, 'single')} into {@code t}. */
    void insert(UUID id, Steps steps) throws Exception;

    /** Streams {@code s} in order of {@code n}, as text or through a cursor. */
    RowCounter.Count stream(boolean cursor, Steps steps) throws Exception;

    /** Inserts {@code (first, 'tx')} and {@code (second, 'tx')} into {@code t} in one transaction. */
    void transaction(UUID first, UUID second, Steps steps) throws Exception;
  }

  /** A step that blocks until the driver is done. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws Exception;
  }

  static final int STREAM_ROWS = 10_000;
  static final String INSERT = "INSERT INTO t (id, kind) VALUES (?, ?)";
  static final String LOOKUP = "SELECT v FROM s WHERE n = ?";
  static final String TEXT_STREAM = "SELECT n, v FROM s ORDER BY n";
  static final String CURSOR_STREAM = "SELECT n, v FROM s WHERE n > ? ORDER BY n";
  private static final int ER_DUP_ENTRY = 1062;

  private final Operations operations;
  private final Mix mix;
  private final WriteLedger ledger;
  private final long seed;
  private final Bounds bounds;
  private final List<Thread> callers = new ArrayList<>();
  private final AtomicLongArray ops = new AtomicLongArray(Phase.values().length);
  private final AtomicLongArray ok = new AtomicLongArray(Phase.values().length);
  private final AtomicInteger runningUnderFaults = new AtomicInteger();
  private final AtomicLong hung = new AtomicLong();
  private final AtomicLong wrongResults = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong slowestNanos = new AtomicLong();
  private volatile String slowest = "none";
  private final ConcurrentLinkedQueue<String> hungSteps = new ConcurrentLinkedQueue<>();
  private final ConcurrentHashMap<String, Integer> cleanFailures = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Throwable> untyped = new ConcurrentLinkedQueue<>();
  private AtomicLongArray firstSuccessAfterFaults;
  private volatile long faultsEnded;
  private volatile long recoveryNanos;
  private volatile Phase phase = Phase.FAULTS;
  private volatile boolean stopped;

  MixedWorkload(Operations operations, Mix mix, WriteLedger ledger, long seed, Bounds bounds) {
    this.operations = operations;
    this.mix = mix;
    this.ledger = ledger;
    this.seed = seed;
    this.bounds = bounds;
  }

  /** Starts {@code count} callers, each on a virtual thread of its own. */
  void start(int count) {
    firstSuccessAfterFaults = new AtomicLongArray(count);
    for (int i = 0; i < count; i++) {
      int caller = i;
      Random random = new Random(seed + i);
      callers.add(Thread.ofVirtual().name("caller-" + i).start(() -> {
        while (!stopped) {
          runOne(caller, random);
        }
      }));
    }
  }

  /**
   * Ends the fault phase (call it once the faults are healed): recovery until every operation issued
   * under faults has ended, then the clean phase; then lets each caller finish its operation and waits
   * for all of them. Fails when an operation outlives its bound.
   */
  void recoverAndStop(long cleanSeconds) throws InterruptedException {
    faultsEnded = System.nanoTime();
    phase = Phase.RECOVERY;
    long deadline = faultsEnded + bounds.operation().toNanos();
    while (runningUnderFaults.get() > 0) {
      if (System.nanoTime() - deadline > 0) {
        fail(runningUnderFaults.get() + " operations issued under faults still running " + bounds.operation().toSeconds() + " s after them");
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
    recoveryNanos = System.nanoTime() - faultsEnded;
    phase = Phase.CLEAN;
    TimeUnit.SECONDS.sleep(cleanSeconds);
    stopped = true;
    long joinBy = System.nanoTime() + bounds.operation().toNanos();
    for (Thread caller : callers) {
      if (!caller.join(Duration.ofNanos(Math.max(1, joinBy - System.nanoTime())))) {
        fail(caller + " still running " + bounds.operation().toSeconds() + " s after the stop, at " + Arrays.toString(caller.getStackTrace()));
      }
    }
  }

  /** The figures of a finished run and the ledger's verdict, on one line. */
  String report(Verdict verdict) {
    return String.format("mix %s; %s; recovery %d ms, time to first success after the faults %s; failures in the clean phase %s; %d writes checked,"
            + " %d in doubt, %d lost, %d present though not sent, %d present though refused, %d partial transactions, %d unknown rows,"
            + " %d duplicates, %d wrong results, %d hung %s (bounds: %s), %d untyped failures, slowest operation: %s",
        mix, Arrays.stream(Phase.values()).map(p -> String.format("%s %d operations (%.2f%% ok)", p, ops(p), 100 * success(p))).collect(Collectors.joining(", ")),
        TimeUnit.NANOSECONDS.toMillis(recoveryNanos), timeToFirstSuccess(), cleanFailures, verdict.checked(), verdict.inDoubt(), verdict.lost(),
        verdict.presentThoughNotSent(), verdict.presentThoughRefused(), verdict.partial(), verdict.unknownRows(), duplicates.get(), wrongResults.get(),
        hung.get(), hungSteps, bounds, untyped.size(), slowest);
  }

  /**
   * Asserts what a run under faults must keep: the ledger's verdict clean, no duplicate, no wrong
   * result, nothing hung, only the driver's exceptions, and at least 99.9 % success in the clean phase.
   */
  void assertKeptItsPromises(Verdict verdict) {
    untyped.stream().limit(5).forEach(Throwable::printStackTrace);
    assertTrue(verdict.clean(), verdict::toString);
    assertTrue(verdict.checked() > 0, "no write was checked");
    assertEquals(0, duplicates.get(), "duplicate executions");
    assertEquals(0, wrongResults.get(), "wrong results");
    assertEquals(List.of(), List.copyOf(hungSteps), "steps that outlived their bound (" + bounds + ")");
    assertEquals(List.of(), List.copyOf(untyped), "untyped failures");
    assertTrue(ops(Phase.CLEAN) > 0, "no operation in the clean phase");
    assertTrue(success(Phase.CLEAN) >= 0.999, "clean phase success " + success(Phase.CLEAN) + ": " + cleanFailures);
  }

  private long ops(Phase p) {
    return ops.get(p.ordinal());
  }

  private double success(Phase p) {
    return ops(p) == 0 ? 1 : (double) ok.get(p.ordinal()) / ops(p);
  }

  /** p50, p99 and the longest of the callers' times to their first success after the faults. */
  private String timeToFirstSuccess() {
    long[] times = new long[firstSuccessAfterFaults.length()];
    int never = 0;
    for (int i = 0; i < times.length; i++) {
      times[i] = firstSuccessAfterFaults.get(i);
      never += times[i] == 0 ? 1 : 0;
    }
    Arrays.sort(times);
    long[] succeeded = Arrays.copyOfRange(times, never, times.length);
    if (succeeded.length == 0) {
      return "none of " + times.length + " callers succeeded";
    }
    return String.format("p50 %d ms, p99 %d ms, max %d ms over %d callers (%d never)", TimeUnit.NANOSECONDS.toMillis(succeeded[succeeded.length / 2]),
        TimeUnit.NANOSECONDS.toMillis(succeeded[succeeded.length * 99 / 100]), TimeUnit.NANOSECONDS.toMillis(succeeded[succeeded.length - 1]),
        times.length, never);
  }

  /** The kinds of operation. */
  private enum Kind {
    LOOKUP("lookup"), INSERT("insert"), TEXT_STREAM("text stream"), CURSOR_STREAM("cursor stream"), TRANSACTION("transaction");

    private final String name;

    Kind(String name) {
      this.name = name;
    }

    static Kind draw(Mix mix, Random random) {
      int dice = random.nextInt(100);
      if (dice < mix.lookups()) {
        return LOOKUP;
      }
      if ((dice -= mix.lookups()) < mix.inserts()) {
        return INSERT;
      }
      if ((dice -= mix.inserts()) < mix.streams()) {
        return random.nextBoolean() ? TEXT_STREAM : CURSOR_STREAM;
      }
      return TRANSACTION;
    }
  }

  private void runOne(int caller, Random random) {
    runningUnderFaults.incrementAndGet();
    Phase issued = phase;
    if (issued != Phase.FAULTS) {
      runningUnderFaults.decrementAndGet();
    }
    Kind kind = Kind.draw(mix, random);
    Steps steps = new Steps(kind.name);
    long start = System.nanoTime();
    Throwable failure = null;
    try {
      run(kind, random, steps);
    } catch (Exception e) {
      failure = classify(unwrap(e));
    } finally {
      if (issued == Phase.FAULTS) {
        runningUnderFaults.decrementAndGet();
      }
    }
    long end = System.nanoTime();
    String outcome = failure == null ? steps.toString() : steps + " (" + failure + ")";
    if (end - start > slowestNanos.get()) {
      slowest = outcome + " " + TimeUnit.NANOSECONDS.toMillis(end - start) + " ms";
      slowestNanos.accumulateAndGet(end - start, Math::max);
    }
    ops.incrementAndGet(issued.ordinal());
    if (failure == null) {
      ok.incrementAndGet(issued.ordinal());
      long since = faultsEnded;
      if (since != 0 && end - since > 0) {
        firstSuccessAfterFaults.compareAndSet(caller, 0, end - since);
      }
    } else if (issued == Phase.CLEAN) {
      cleanFailures.merge(outcome, 1, Integer::sum);
    }
  }

  private void run(Kind kind, Random random, Steps steps) throws Exception {
    switch (kind) {
      case LOOKUP -> {
        int n = 1 + random.nextInt(STREAM_ROWS);
        expect(operations.lookup(n, steps).equals(List.of("row-" + n)));
      }
      case INSERT -> {
        UUID id = UUID.randomUUID();
        write(List.of(id), () -> operations.insert(id, steps));
      }
      case TEXT_STREAM, CURSOR_STREAM -> {
        RowCounter.Count count = operations.stream(kind == Kind.CURSOR_STREAM, steps);
        expect(count.rows() == STREAM_ROWS && count.sum() == (long) STREAM_ROWS * (STREAM_ROWS + 1) / 2);
      }
      case TRANSACTION -> {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        write(List.of(first, second), () -> operations.transaction(first, second, steps));
      }
    }
  }

  /** One write whose outcome goes into the ledger. */
  @FunctionalInterface
  private interface Write {
    void run() throws Exception;
  }

  private void write(List<UUID> ids, Write write) throws Exception {
    try {
      write.run();
    } catch (Exception e) {
      Throwable failure = unwrap(e);
      Outcome outcome = failure instanceof TimeoutException ? Outcome.IN_DOUBT : Outcome.of(driverFailure(failure));
      if (outcome != null) {
        ledger.record(ids, outcome);
      }
      throw e;
    }
    ledger.record(ids, Outcome.OK);
  }

  /**
   * Counts the failure: hung (already counted by its step), a duplicate, or untyped: neither the
   * driver's exception nor, through JDBC, an {@link SQLException} of SQLSTATE class 08 or HY (HYT
   * included) or with a server error code wrapping it.
   */
  private Throwable classify(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return failure;
    }
    MySqlException driver = driverFailure(failure);
    boolean typed = driver != null && (!(failure instanceof SQLException e) || e.getErrorCode() > 0
        || (e.getSQLState() != null && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("HY"))));
    if (!typed) {
      untyped.add(failure);
    } else if (driver instanceof MySqlServerException server && server.errorCode() == ER_DUP_ENTRY) {
      duplicates.incrementAndGet();
    }
    return failure;
  }

  /** The driver's exception behind a failure: itself, or what a JDBC {@link SQLException} wraps; {@code null} for another failure. */
  private static MySqlException driverFailure(Throwable failure) {
    Throwable cause = failure instanceof SQLException && failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof MySqlException e ? e : null;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private void expect(boolean right) {
    if (!right) {
      wrongResults.incrementAndGet();
    }
  }

  /** The waits of one operation: each within its bound, the steps taken named for the report. */
  final class Steps {
    private final String operation;
    private final List<Wait> taken = new ArrayList<>();

    private Steps(String operation) {
      this.operation = operation;
    }

    /**
     * Waits for a future of the driver within the bound of {@code wait}.
     *
     * @throws TimeoutException when it outlived the bound: the step hung
     * @throws Exception the future's failure
     */
    <T> T await(Wait wait, CompletableFuture<T> future) throws Exception {
      take(wait);
      try {
        return future.get(bounds.of(wait).toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        hung(wait);
        throw e;
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }

    /**
     * Waits for a stream's end, as long as each wait for its next signal stays within the bound of a
     * stream.
     *
     * @throws TimeoutException when the stream was silent longer: the step hung
     * @throws Exception the stream's failure
     */
    RowCounter.Count await(RowCounter stream) throws Exception {
      take(Wait.STREAM);
      long bound = bounds.stream().toNanos();
      while (true) {
        try {
          return stream.done.get(Math.max(1, bound - (System.nanoTime() - stream.lastSignal())), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (System.nanoTime() - stream.lastSignal() >= bound) {
            hung(Wait.STREAM);
            throw e;
          }
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
    }

    /**
     * Runs a blocking call of the driver (JDBC), and counts it as hung when it outlived the bound of
     * {@code wait}; for a stream, each call that waits for rows is one wait.
     */
    <T> T call(Wait wait, Call<T> call) throws Exception {
      take(wait);
      long start = System.nanoTime();
      try {
        return call.call();
      } finally {
        if (System.nanoTime() - start > bounds.of(wait).toNanos()) {
          hung(wait);
        }
      }
    }

    /** Names the step in the list of those taken, once for a run of the same kind (a stream's many waits). */
    private void take(Wait wait) {
      if (taken.isEmpty() || taken.getLast() != wait) {
        taken.add(wait);
      }
    }

    private void hung(Wait wait) {
      hung.incrementAndGet();
      hungSteps.add(operation + ": " + wait + " after " + taken);
    }

    @Override
    public String toString() {
      return operation + " " + taken;
    }
  }

  /** Creates {@code t}, for the inserts, and {@code s}, {@value #STREAM_ROWS} rows to look up and stream. */
  static void createTables(TestServer db) {
    MySqlConnection admin = MySqlConnection.connect(db.url()).join();
    try {
      admin.query("CREATE TABLE t (id BINARY(16) PRIMARY KEY, kind VARCHAR(8) NOT NULL)").join();
      admin.query("CREATE TABLE s (n INT PRIMARY KEY, v VARCHAR(20) NOT NULL)").join();
      String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
          + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
      admin.query("INSERT INTO s (n, v) SELECT x, CONCAT('row-', x) FROM (SELECT a.d * 1000 + b.d * 100 + c.d * 10 + e.d + 1 AS x FROM "
          + digits + " a, " + digits + " b, " + digits + " c, " + digits + " e) numbers").join();
    } finally {
      admin.close().join();
    }
  }

  /** The ids of the rows {@code t} holds. */
  static Set<UUID> presentIds(TestServer db) {
    MySqlConnection admin = MySqlConnection.connect(db.url()).join();
    try {
      RowSet rows = admin.query("SELECT id FROM t").join();
      Set<UUID> ids = new HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        ids.add(uuid(rows.get(i).get(0, byte[].class)));
      }
      return ids;
    } finally {
      admin.close().join();
    }
  }

  static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
  }

  static UUID uuid(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
