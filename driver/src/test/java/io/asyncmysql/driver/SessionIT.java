package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestAccount;
import io.asyncmysql.testing.TestServer;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Session-level commands: change user, savepoints, isolation, read-only, multi-results, unix sockets. */
@ExtendWith(MySqlExtension.class)
class SessionIT {
  @Test
  void changeUserLogsInAsAnotherAccountAndResetsTheSession(TestServer server) {
    TestAccount other = server.accounts().get(0);
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?sslMode=REQUIRED").join();
    try {
      conn.query("SET @marker = 1").join();
      conn.query("SELECT ?", 1).join();
      conn.changeUser(other.user(), other.password(), server.database()).join();
      assertEquals(other.user() + "@%", conn.query("SELECT CURRENT_USER()").join().get(0).get(0, String.class));
      assertNull(conn.query("SELECT @marker").join().get(0).get(0));
      assertEquals(2, conn.query("SELECT ?", 2).join().get(0).get(0, Integer.class));
      MySqlAuthenticationException wrong = assertInstanceOf(MySqlAuthenticationException.class,
          assertThrows(CompletionException.class, () -> conn.changeUser(other.user(), "wrong", null).join()).getCause());
      assertEquals(1045, ((MySqlServerException) wrong.getCause()).errorCode());
    } finally {
      conn.close().join();
    }
  }

  @Test
  void savepointsIsolationAndReadOnly(@FreshDatabase TestServer server) {
    MySqlConnection conn = MySqlConnection.connect(server.url()).join();
    try {
      conn.query("CREATE TABLE t (id INT PRIMARY KEY)").join();
      conn.begin().join();
      conn.query("INSERT INTO t VALUES (1)").join();
      conn.savepoint("before `two`").join();
      conn.query("INSERT INTO t VALUES (2)").join();
      conn.rollbackToSavepoint("before `two`").join();
      conn.releaseSavepoint("before `two`").join();
      conn.commit().join();
      assertEquals(1, conn.query("SELECT COUNT(*) FROM t").join().get(0).get(0, Integer.class));

      conn.isolationLevel(IsolationLevel.READ_COMMITTED).join();
      String variable = server.flavour() == io.asyncmysql.testing.Flavour.MARIADB ? "@@tx_isolation" : "@@transaction_isolation";
      assertEquals("READ-COMMITTED", conn.query("SELECT " + variable).join().get(0).get(0, String.class));

      conn.begin(IsolationLevel.SERIALIZABLE, true).join();
      MySqlServerException readOnly = assertInstanceOf(MySqlServerException.class,
          assertThrows(CompletionException.class, () -> conn.query("INSERT INTO t VALUES (3)").join()).getCause());
      assertEquals(1792, readOnly.errorCode());
      conn.rollback().join();

      conn.readOnly(true).join();
      assertThrows(CompletionException.class, () -> conn.query("INSERT INTO t VALUES (4)").join());
      conn.readOnly(false).join();
      conn.query("INSERT INTO t VALUES (5)").join();
    } finally {
      conn.close().join();
    }
  }

  @Test
  void multiStatementsReturnEveryResultWhenAllowed(TestServer server) {
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?allowMultiQueries=true").join();
    try {
      RowSet first = conn.query("SELECT 1; DO 0; SELECT 'three', 3").join();
      assertEquals(1, first.get(0).get(0, Integer.class));
      RowSet second = first.next();
      assertEquals(0, second.size());
      RowSet third = second.next();
      assertEquals("three", third.get(0).get(0, String.class));
      assertNull(third.next());
    } finally {
      conn.close().join();
    }
    MySqlConnection single = MySqlConnection.connect(server.url()).join();
    try {
      MySqlServerException e = assertInstanceOf(MySqlServerException.class,
          assertThrows(CompletionException.class, () -> single.query("SELECT 1; SELECT 2").join()).getCause());
      assertEquals(1064, e.errorCode());
    } finally {
      single.close().join();
    }
  }

  @Test
  void aUnixSocketConnects(TestServer server) {
    MySqlConnection conn = MySqlConnection.connect(server.url() + "?socket=" + server.socket()).join();
    try {
      assertEquals(1, conn.query("SELECT 1").join().get(0).get(0, Integer.class));
      assertEquals("", conn.query("SHOW SESSION STATUS LIKE 'Ssl_version'").join().get(0).get(1, String.class));
    } finally {
      conn.close().join();
    }
  }
}
