package io.asyncmysql.driver;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sessions a server holds for one user, from its process list: what a pool leaves behind when it
 * leaks connections or opens more than its size. MySQL fails to list {@code PROCESSLIST.INFO} holding
 * a statement with binary parameters, so there the sessions come from {@code performance_schema.threads}.
 */
final class ServerSessions {
  private ServerSessions() {}

  /** How many sessions of {@code user} the server has, counted through a new connection of {@code admin}. */
  static long count(TestServer admin, String user) {
    MySqlConnection connection = MySqlConnection.connect(admin.url()).join();
    try {
      return ids(connection, admin.flavour(), user).size();
    } finally {
      connection.close().join();
    }
  }

  /** The ids of the sessions of {@code user}. */
  static List<Long> ids(MySqlConnection admin, Flavour flavour, String user) {
    RowSet rows = admin.query(flavour == Flavour.MYSQL
        ? "SELECT PROCESSLIST_ID FROM performance_schema.threads WHERE PROCESSLIST_USER = ?"
        : "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ?", user).join();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ids.add(rows.get(i).get(0, Long.class));
    }
    return ids;
  }

  /**
   * Counts, every {@code period} on a connection of its own until closed, the sessions of a user and
   * those of them whose default database is {@code database}, and keeps the largest counts. The
   * driver's {@code KILL QUERY} side connections log in as the connection they kill did, so a pool
   * whose connections select their database with {@code initSql}, on a URL without one, is told apart
   * from its side connections by that database.
   */
  static final class Sampler implements AutoCloseable {
    private final AtomicLong most = new AtomicLong();
    private final AtomicLong mostInDatabase = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile RuntimeException failure;
    private volatile boolean stopped;

    Sampler(TestServer admin, String user, String database, Duration period) {
      MySqlConnection connection = MySqlConnection.connect(admin.url()).join();
      String count = admin.flavour() == Flavour.MYSQL
          ? "SELECT COUNT(*), COUNT(IF(PROCESSLIST_DB = ?, 1, NULL)) FROM performance_schema.threads WHERE PROCESSLIST_USER = ?"
          : "SELECT COUNT(*), COUNT(IF(DB = ?, 1, NULL)) FROM information_schema.PROCESSLIST WHERE USER = ?";
      thread = Thread.ofVirtual().name("sessions-of-" + user).start(() -> {
        try {
          while (!stopped) {
            Row counts = connection.query(count, database, user).join().get(0);
            most.accumulateAndGet(counts.get(0, Long.class), Math::max);
            mostInDatabase.accumulateAndGet(counts.get(1, Long.class), Math::max);
            samples.incrementAndGet();
            TimeUnit.NANOSECONDS.sleep(period.toNanos());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          failure = e;
        } finally {
          connection.close().join();
        }
      });
    }

    /** The most sessions of the user seen in one sample. */
    long most() {
      return most.get();
    }

    /** The most sessions of the user in the database seen in one sample. */
    long mostInDatabase() {
      return mostInDatabase.get();
    }

    /** How many samples were taken. */
    long samples() {
      return samples.get();
    }

    /**
     * Stops sampling and waits for the sampler's last sample.
     *
     * @throws AssertionError when a sample failed, or none was taken: the counts would say nothing
     */
    @Override
    public void close() throws InterruptedException {
      stopped = true;
      thread.join();
      if (failure != null || samples.get() == 0) {
        throw new AssertionError("sampling the sessions failed after " + samples.get() + " samples", failure);
      }
    }
  }
}
