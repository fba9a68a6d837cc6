package io.asyncmysql.testing;

import io.asyncmysql.testing.internal.ServerResolver;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where tests get a real server. It is found in this order:
 *
 * <ol>
 *   <li>an external server: {@code ASYNCMYSQL_TEST_URL} or {@code -Dasyncmysql.test.url} =
 *       {@code mysql://user:password@host:port/database};
 *   <li>Testcontainers' MySQL container when a Docker engine answers (image {@code
 *       ASYNCMYSQL_TEST_IMAGE}, default {@code mysql:8.4}, or {@code mariadb:10.11} when MariaDB is
 *       wanted; {@code ASYNCMYSQL_TEST_DOCKER=false} skips Docker);
 *   <li>a throwaway local {@code mariadbd} or {@code mysqld} from {@code PATH} or the system sbin
 *       directories, or {@code /usr/sbin/mysqld} inside the root filesystem {@code
 *       ASYNCMYSQL_MYSQL_ROOT} (default {@code ~/.cache/asyncmysql/mysql-rootfs}), run with chroot;
 *   <li>otherwise an {@link IllegalStateException} that names these three ways.
 * </ol>
 *
 * <p>{@code ASYNCMYSQL_TEST_FLAVOUR} or {@code -Dasyncmysql.test.flavour} = {@code mysql} or {@code
 * mariadb} picks the flavour of a container or local server.
 */
public final class TestServers {
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static RunningServer shared;

  private TestServers() {}

  /**
   * The server shared by every test of this JVM: started on first use, reused afterwards, stopped
   * when the JVM exits. Do not close it.
   */
  public static RunningServer shared() {
    LOCK.lock();
    try {
      if (shared == null) {
        shared = start();
      }
      return shared;
    } finally {
      LOCK.unlock();
    }
  }

  /** A server of this test's own, found as described above; close it when done. */
  public static RunningServer start() {
    return ServerResolver.fromEnvironment().resolve();
  }
}
