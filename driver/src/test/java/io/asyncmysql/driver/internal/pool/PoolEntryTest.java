package io.asyncmysql.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncmysql.driver.ConnectionClosedException;
import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlException;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlProtocolException;
import io.asyncmysql.driver.MySqlServerException;
import io.asyncmysql.driver.PacketTooLargeException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures of a command leave a pooled connection fit to be lent again. */
class PoolEntryTest {
  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(new MySqlServerException(1062, "23000", "Duplicate entry '1' for key 'PRIMARY'"), true),
        Arguments.of(new MySqlServerException(1317, "70100", "Query execution was interrupted"), true),
        Arguments.of(new MySqlServerException(3024, "HY000", "maximum statement execution time exceeded"), true),
        Arguments.of(new MySqlServerException(1105, null, "an error without SQLSTATE"), true),
        Arguments.of(new PacketTooLargeException(2 << 20, 1 << 20, null), true),
        Arguments.of(new MySqlServerException(1153, "08S01", "Got a packet bigger than 'max_allowed_packet' bytes"), false),
        Arguments.of(new MySqlServerException(1053, "08S01", "Server shutdown in progress"), false),
        Arguments.of(new ConnectionClosedException("connection closed", Delivery.IN_DOUBT), false),
        Arguments.of(new MySqlProtocolException("packet sequence id: 9 (expected: 2)", Delivery.IN_DOUBT, null), false));
  }

  @ParameterizedTest(name = "{0}: usable {1}")
  @MethodSource("failures")
  void aFailureBreaksTheConnectionOnlyWhenTheConnectionCannotGoOn(MySqlException failure, boolean usable) {
    PoolEntry entry = new PoolEntry(openConnection(), System.nanoTime());
    entry.noteFailure(new CompletionException(failure));
    assertEquals(usable, entry.usable());
  }

  private static MySqlConnection openConnection() {
    return (MySqlConnection) Proxy.newProxyInstance(PoolEntryTest.class.getClassLoader(), new Class<?>[] {MySqlConnection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("isOpen")) {
            return true;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
