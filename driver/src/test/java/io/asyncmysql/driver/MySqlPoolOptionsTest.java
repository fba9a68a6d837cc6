package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MySqlPoolOptionsTest {
  @Test
  void defaults() {
    MySqlPoolOptions options = MySqlPoolOptions.builder().build();
    assertEquals(10, options.maxSize());
    assertEquals(0, options.minIdle());
    assertEquals(Duration.ofSeconds(30), options.acquireTimeout());
    assertEquals(10_000, options.maxWaiters());
    assertEquals(Duration.ofMinutes(10), options.idleTimeout());
    assertEquals(Duration.ofMinutes(30), options.maxLifetime());
    assertEquals(Duration.ofSeconds(5), options.validationTimeout());
    assertEquals(Duration.ofMillis(500), options.validationInterval());
    assertEquals(Duration.ZERO, options.leakDetectionThreshold());
    assertFalse(options.resetOnReturn());
    assertNull(options.initSql());
  }

  @Test
  void badValuesAreRejectedWithTheirName() {
    MySqlPoolOptions.Builder b = MySqlPoolOptions.builder();
    assertEquals("maxSize: 0 (expected: an integer >= 1)", assertThrows(IllegalArgumentException.class, () -> b.maxSize(0)).getMessage());
    assertEquals("minIdle: -1 (expected: an integer >= 0)", assertThrows(IllegalArgumentException.class, () -> b.minIdle(-1)).getMessage());
    assertEquals("maxWaiters: -1 (expected: an integer >= 0)", assertThrows(IllegalArgumentException.class, () -> b.maxWaiters(-1)).getMessage());
    assertEquals("acquireTimeout: PT0S (expected: positive)",
        assertThrows(IllegalArgumentException.class, () -> b.acquireTimeout(Duration.ZERO)).getMessage());
    assertEquals("validationTimeout: PT0S (expected: positive)",
        assertThrows(IllegalArgumentException.class, () -> b.validationTimeout(Duration.ZERO)).getMessage());
    assertEquals("idleTimeout: PT-1S (expected: zero or positive)",
        assertThrows(IllegalArgumentException.class, () -> b.idleTimeout(Duration.ofSeconds(-1))).getMessage());
    assertThrows(NullPointerException.class, () -> b.maxLifetime(null));
    assertEquals("initSql: ' ' (expected: a statement, or null for none)",
        assertThrows(IllegalArgumentException.class, () -> b.initSql(" ")).getMessage());
    assertEquals("minIdle: 5 (expected: at most maxSize 4)",
        assertThrows(IllegalArgumentException.class, () -> MySqlPoolOptions.builder().maxSize(4).minIdle(5).build()).getMessage());
  }

  @Test
  void parametersSetEveryOptionAndLeaveTheRest() {
    MySqlPoolOptions.Builder builder = MySqlPoolOptions.builder();
    Map<String, String> parameters = new java.util.LinkedHashMap<>();
    parameters.put("maxSize", "16");
    parameters.put("minIdle", "2");
    parameters.put("acquireTimeout", "5s");
    parameters.put("maxWaiters", "50");
    parameters.put("idleTimeout", "PT1M");
    parameters.put("maxLifetime", "0");
    parameters.put("validationTimeout", "250ms");
    parameters.put("validationInterval", "1000");
    parameters.put("leakDetectionThreshold", "2m");
    parameters.put("resetOnReturn", "TRUE");
    parameters.put("initSql", "SET @a = 1");
    parameters.put("mystery", "1");
    assertEquals(Map.of("mystery", "1"), PoolParameters.apply(parameters, builder));
    MySqlPoolOptions options = builder.build();
    assertEquals(16, options.maxSize());
    assertEquals(2, options.minIdle());
    assertEquals(Duration.ofSeconds(5), options.acquireTimeout());
    assertEquals(50, options.maxWaiters());
    assertEquals(Duration.ofMinutes(1), options.idleTimeout());
    assertEquals(Duration.ZERO, options.maxLifetime());
    assertEquals(Duration.ofMillis(250), options.validationTimeout());
    assertEquals(Duration.ofSeconds(1), options.validationInterval());
    assertEquals(Duration.ofMinutes(2), options.leakDetectionThreshold());
    assertTrue(options.resetOnReturn());
    assertEquals("SET @a = 1", options.initSql());
    assertEquals(Set.copyOf(parameters.keySet()).size() - 1, PoolParameters.names().size());
  }

  @Test
  void aPoolUrlAcceptsBothSetsOfParametersAndRejectsAnythingElse() {
    MySqlPool pool = MySqlPool.create("mysql://app:secret@127.0.0.1:1/shop?sslMode=DISABLED&maxSize=3&connectTimeout=1s&minIdle=0");
    assertEquals(0, pool.metrics().total());
    pool.close().join();

    String message = assertThrows(IllegalArgumentException.class,
        () -> MySqlPool.create("mysql://app@127.0.0.1/shop?maxSize=3&maxSzie=4")).getMessage();
    assertTrue(message.startsWith("unknown parameter: maxSzie (expected: one of "), message);
    assertTrue(message.contains("maxSize") && message.contains("sslMode") && message.contains("leakDetectionThreshold"), message);
    assertEquals("maxSize: 0 (expected: an integer >= 1)",
        assertThrows(IllegalArgumentException.class, () -> MySqlPool.create("mysql://app@127.0.0.1/shop?maxSize=0")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MySqlPool.create("mysql://app@127.0.0.1/shop?acquireTimeout=soon"))
        .getMessage().startsWith("acquireTimeout: soon (expected: a duration"));
    assertThrows(IllegalArgumentException.class, () -> MySqlConnectOptions.parse("mysql://app@127.0.0.1/shop?maxSize=3"));
  }
}
