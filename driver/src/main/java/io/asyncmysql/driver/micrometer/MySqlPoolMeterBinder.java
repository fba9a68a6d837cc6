package io.asyncmysql.driver.micrometer;

import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.driver.PoolMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Publishes a {@link MySqlPool}'s {@link PoolMetrics} as Micrometer meters, tagged {@code
 * pool=<name>}: gauges {@code asyncmysql.pool.connections} (tag {@code state} = active, idle,
 * pending), counters {@code asyncmysql.pool.connections.created}, {@code .closed}, {@code
 * asyncmysql.pool.acquire.timeouts} and {@code asyncmysql.pool.leaks}, and timers {@code
 * asyncmysql.pool.acquire} and {@code asyncmysql.pool.usage}.
 *
 * <p>Micrometer is an optional dependency of the driver: this class needs {@code
 * io.micrometer:micrometer-core} on the class path, and nothing else does.
 *
 * <pre>{@code
 * new MySqlPoolMeterBinder(pool, "orders").bindTo(registry);
 * }</pre>
 */
public final class MySqlPoolMeterBinder implements MeterBinder {
  private final MySqlPool pool;
  private final Tags tags;

  /**
   * Creates a binder for one pool.
   *
   * @param pool the pool to observe
   * @param name the value of the {@code pool} tag
   */
  public MySqlPoolMeterBinder(MySqlPool pool, String name) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.tags = Tags.of("pool", Objects.requireNonNull(name, "name"));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "active", PoolMetrics::active);
    gauge(registry, "idle", PoolMetrics::idle);
    gauge(registry, "pending", PoolMetrics::pending);
    counter(registry, "asyncmysql.pool.connections.created", "connections opened", PoolMetrics::totalCreated);
    counter(registry, "asyncmysql.pool.connections.closed", "connections closed", PoolMetrics::totalClosed);
    counter(registry, "asyncmysql.pool.acquire.timeouts", "acquires that timed out", PoolMetrics::acquireTimeouts);
    counter(registry, "asyncmysql.pool.leaks", "connections held past leakDetectionThreshold", PoolMetrics::leaksDetected);
    timer(registry, "asyncmysql.pool.acquire", "time to acquire a connection", PoolMetrics::acquireTime);
    timer(registry, "asyncmysql.pool.usage", "time a connection was borrowed", PoolMetrics::usageTime);
  }

  private void gauge(MeterRegistry registry, String state, ToDoubleFunction<PoolMetrics> value) {
    Gauge.builder("asyncmysql.pool.connections", pool, p -> value.applyAsDouble(p.metrics()))
        .tags(tags).tag("state", state).description("connections by state").register(registry);
  }

  private void counter(MeterRegistry registry, String name, String description, ToLongFunction<PoolMetrics> value) {
    FunctionCounter.builder(name, pool, p -> value.applyAsLong(p.metrics())).tags(tags).description(description).register(registry);
  }

  private void timer(MeterRegistry registry, String name, String description,
      Function<PoolMetrics, PoolMetrics.Histogram> histogram) {
    FunctionTimer.builder(name, pool,
            p -> histogram.apply(p.metrics()).count(),
            p -> histogram.apply(p.metrics()).sum().toNanos(),
            TimeUnit.NANOSECONDS)
        .tags(tags).description(description).register(registry);
  }
}
