package io.asyncmysql.driver.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MySqlExtension.class)
class MySqlPoolMeterBinderIT {
  @Test
  void thePoolsMetricsAreMeters(TestServer server) {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=2");
    try {
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      new MySqlPoolMeterBinder(pool, "orders").bindTo(registry);
      for (int i = 0; i < 5; i++) {
        pool.query("SELECT ?", i).join();
      }
      assertEquals(5, registry.get("asyncmysql.pool.acquire").tag("pool", "orders").functionTimer().count());
      assertEquals(5, registry.get("asyncmysql.pool.usage").functionTimer().count());
      double created = registry.get("asyncmysql.pool.connections.created").functionCounter().count();
      assertTrue(created >= 1 && created <= 2, "created " + created);
      assertEquals(0, registry.get("asyncmysql.pool.connections").tag("state", "active").gauge().value());
      assertEquals(created, registry.get("asyncmysql.pool.connections").tag("state", "idle").gauge().value());
      assertEquals(0, registry.get("asyncmysql.pool.leaks").functionCounter().count());
    } finally {
      pool.close().join();
    }
  }
}
