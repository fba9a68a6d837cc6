package io.asyncmysql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemoArgumentsTest {
  @Test
  void noArgumentMeansTheEmbeddedServerAndTheSteps() {
    assertEquals(new DemoArguments(null, -1), DemoArguments.parse());
  }

  @Test
  void takesAUrlAndAPort() {
    assertEquals(new DemoArguments("mysql://app@db/shop", 8080), DemoArguments.parse("--serve", "8080", "--url", "mysql://app@db/shop"));
  }

  @Test
  void rejectsBadArgumentsClearly() {
    assertEquals("option: --port (expected: --url or --serve)",
        assertThrows(IllegalArgumentException.class, () -> DemoArguments.parse("--port", "1")).getMessage());
    assertEquals("--serve: missing value", assertThrows(IllegalArgumentException.class, () -> DemoArguments.parse("--serve")).getMessage());
    assertEquals("--serve: 70000 (expected: a port from 0 to 65535)",
        assertThrows(IllegalArgumentException.class, () -> DemoArguments.parse("--serve", "70000")).getMessage());
    assertEquals("--serve: x (expected: a port from 0 to 65535)",
        assertThrows(IllegalArgumentException.class, () -> DemoArguments.parse("--serve", "x")).getMessage());
    assertEquals("--url: db:3306 (expected: mysql://user:password@host:port/database)",
        assertThrows(IllegalArgumentException.class, () -> DemoArguments.parse("--url", "db:3306")).getMessage());
  }
}
