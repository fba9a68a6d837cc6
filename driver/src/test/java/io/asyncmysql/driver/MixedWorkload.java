package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.WriteLedger.Outcome;
import io.asyncmysql.driver.WriteLedger.Verdict;
import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.TestServer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Callers that each issue one pool operation at a time and wait for it: 40 % primary-key lookups,
 * 30 % single inserts, 10 % streams of the whole {@code s} table (half text, half through a cursor),
 * 20 % two-insert transactions. Every insert carries a new UUID and goes into the {@link
 * WriteLedger}; every outcome is counted in the phase it was issued in.
 */
final class MixedWorkload {
  /** When an operation was issued. */
  enum Phase { FAULTS, RECOVERY, CLEAN }

  static final int STREAM_ROWS = 10_000;
  private static final String INSERT = "INSERT INTO t (id, kind) VALUES (?, ?)";

  private final MySqlPool pool;
  private final WriteLedger ledger;
  private final long seed;
  private final long boundNanos;
  private final List<Thread> callers = new ArrayList<>();
  private final AtomicLongArray ops = new AtomicLongArray(Phase.values().length);
  private final AtomicLongArray ok = new AtomicLongArray(Phase.values().length);
  private final AtomicLong hung = new AtomicLong();
  private final AtomicLong wrongResults = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong slowestNanos = new AtomicLong();
  private volatile String slowest = "none";
  private final ConcurrentLinkedQueue<String> hungKinds = new ConcurrentLinkedQueue<>();
  private final ConcurrentHashMap<String, Integer> cleanFailures = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Throwable> untyped = new ConcurrentLinkedQueue<>();
  private volatile Phase phase = Phase.FAULTS;
  private volatile boolean stopped;

  /**
   * @param bound how long one operation may take, waiting for a connection included, before it
   *     counts as hung
   */
  MixedWorkload(MySqlPool pool, WriteLedger ledger, long seed, long bound, TimeUnit unit) {
    this.pool = pool;
    this.ledger = ledger;
    this.seed = seed;
    this.boundNanos = unit.toNanos(bound);
  }

  void start(int count) {
    for (int i = 0; i < count; i++) {
      Random random = new Random(seed + i);
      callers.add(Thread.ofVirtual().name("caller-" + i).start(() -> {
        while (!stopped) {
          runOne(random);
        }
      }));
    }
  }

  /**
   * Ends the fault phase: a recovery phase whose outcomes are only counted, a clean phase, then
   * lets each caller finish its operation and waits for all of them.
   */
  void recoverAndStop(long recoverySeconds, long cleanSeconds) throws InterruptedException {
    phase = Phase.RECOVERY;
    TimeUnit.SECONDS.sleep(recoverySeconds);
    phase = Phase.CLEAN;
    TimeUnit.SECONDS.sleep(cleanSeconds);
    stopped = true;
    for (Thread caller : callers) {
      caller.join();
    }
  }

  /** The figures of a finished run and the ledger's verdict, on one line. */
  String report(Verdict verdict) {
    return String.format("%d operations (%d ok) under faults, %d in recovery, %d clean (%.2f%% ok, failures %s); %d writes checked, %d in doubt, %d lost,"
            + " %d present though not sent, %d present though refused, %d partial transactions, %d unknown rows, %d duplicates,"
            + " %d wrong results, %d hung %s, %d untyped failures, slowest operation: %s",
        ops(Phase.FAULTS), ok(Phase.FAULTS), ops(Phase.RECOVERY), ops(Phase.CLEAN), 100 * cleanSuccess(), cleanFailures, verdict.checked(), verdict.inDoubt(),
        verdict.lost(), verdict.presentThoughNotSent(), verdict.presentThoughRefused(), verdict.partial(), verdict.unknownRows(),
        duplicates.get(), wrongResults.get(), hung.get(), hungKinds, untyped.size(), slowest);
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
    assertEquals(0, hung.get(), "operations that took longer than " + TimeUnit.NANOSECONDS.toSeconds(boundNanos) + "s");
    assertEquals(List.of(), List.copyOf(untyped), "untyped failures");
    assertTrue(ops(Phase.CLEAN) > 0, "no operation in the clean phase");
    assertTrue(cleanSuccess() >= 0.999, "clean phase success " + cleanSuccess());
  }

  private long ops(Phase p) {
    return ops.get(p.ordinal());
  }

  private long ok(Phase p) {
    return ok.get(p.ordinal());
  }

  private double cleanSuccess() {
    return (double) ok(Phase.CLEAN) / ops(Phase.CLEAN);
  }

  private void runOne(Random random) {
    int dice = random.nextInt(100);
    Phase issued = phase;
    long start = System.nanoTime();
    String kind;
    Throwable failure;
    if (dice < 40) {
      kind = "lookup";
      int n = 1 + random.nextInt(STREAM_ROWS);
      failure = await(pool.query("SELECT v FROM s WHERE n = ?", n)
          .thenAccept(rows -> expect(rows.size() == 1 && ("row-" + n).equals(rows.get(0).get(0, String.class)))));
    } else if (dice < 70) {
      kind = "insert";
      UUID id = UUID.randomUUID();
      failure = await(pool.query(INSERT, bytes(id), "single"));
      record(List.of(id), failure);
    } else if (dice < 80) {
      boolean cursor = random.nextBoolean();
      kind = cursor ? "cursor stream" : "text stream";
      RowCounter counter = new RowCounter();
      failure = await(pool.withConnection(connection -> {
        (cursor ? connection.stream("SELECT n, v FROM s WHERE n > ? ORDER BY n", 0) : connection.stream("SELECT n, v FROM s ORDER BY n"))
            .subscribe(counter);
        return counter.done;
      }).thenAccept(count -> expect(count.rows() == STREAM_ROWS && count.sum() == (long) STREAM_ROWS * (STREAM_ROWS + 1) / 2)));
      kind += " " + counter;
    } else {
      kind = "transaction";
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      failure = await(pool.withTransaction(connection -> connection.query(INSERT, bytes(first), "tx")
          .thenCompose(rows -> connection.query(INSERT, bytes(second), "tx"))));
      record(List.of(first, second), failure);
    }
    long took = System.nanoTime() - start;
    if (took > slowestNanos.get()) {
      slowest = kind + " " + TimeUnit.NANOSECONDS.toMillis(took) + " ms" + (failure == null ? "" : " (" + failure + ")");
      slowestNanos.accumulateAndGet(took, Math::max);
    }
    if (failure instanceof TimeoutException) {
      hungKinds.add(kind);
    }
    ops.incrementAndGet(issued.ordinal());
    if (failure == null) {
      ok.incrementAndGet(issued.ordinal());
    } else if (issued == Phase.CLEAN) {
      cleanFailures.merge(kind + ": " + failure, 1, Integer::sum);
    }
  }

  /** Waits for an operation within the bound; returns its failure, or {@code null}. */
  private Throwable await(CompletableFuture<?> operation) {
    try {
      operation.get(boundNanos, TimeUnit.NANOSECONDS);
      return null;
    } catch (TimeoutException e) {
      hung.incrementAndGet();
      return e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
      if (!(cause instanceof MySqlException)) {
        untyped.add(cause);
      } else if (cause instanceof MySqlServerException server && server.errorCode() == 1062) {
        duplicates.incrementAndGet();
      }
      return cause;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e;
    }
  }

  private void record(List<UUID> ids, Throwable failure) {
    Outcome outcome = failure instanceof TimeoutException ? Outcome.IN_DOUBT : Outcome.of(failure);
    if (outcome != null) {
      ledger.record(ids, outcome);
    }
  }

  private void expect(boolean right) {
    if (!right) {
      wrongResults.incrementAndGet();
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

  /** How many sessions of {@code user} the server has. */
  static long sessions(TestServer admin, String user) {
    MySqlConnection connection = MySqlConnection.connect(admin.url()).join();
    try {
      return sessionIds(connection, admin.flavour(), user).size();
    } finally {
      connection.close().join();
    }
  }

  /**
   * The ids of the sessions of {@code user}. MySQL fails to list {@code PROCESSLIST.INFO} holding a
   * statement with binary parameters, so there the ids come from {@code performance_schema.threads}.
   */
  static List<Long> sessionIds(MySqlConnection admin, Flavour flavour, String user) {
    RowSet rows = admin.query(flavour == Flavour.MYSQL
        ? "SELECT PROCESSLIST_ID FROM performance_schema.threads WHERE PROCESSLIST_USER = ?"
        : "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ?", user).join();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ids.add(rows.get(i).get(0, Long.class));
    }
    return ids;
  }

  static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
  }

  static UUID uuid(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
