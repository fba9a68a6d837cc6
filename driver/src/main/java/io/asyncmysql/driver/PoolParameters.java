package io.asyncmysql.driver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The URL parameters of {@link MySqlPoolOptions}: the ones {@link ConnectParameters} leaves over when
 * {@link MySqlPool#create(String)} reads a URL.
 */
final class PoolParameters {
  private static final Map<String, BiConsumer<MySqlPoolOptions.Builder, String>> SETTERS = setters();

  private PoolParameters() {}

  /** The parameter names this class knows. */
  static Set<String> names() {
    return SETTERS.keySet();
  }

  /**
   * Applies the pool's parameters to a builder.
   *
   * @param parameters the parameters the connection options did not know, in URL order
   * @param builder the builder to fill
   * @return the parameters neither knows, in URL order
   * @throws IllegalArgumentException if a pool parameter has a bad value
   */
  static Map<String, String> apply(Map<String, String> parameters, MySqlPoolOptions.Builder builder) {
    Map<String, String> unknown = new LinkedHashMap<>();
    parameters.forEach((name, value) -> {
      BiConsumer<MySqlPoolOptions.Builder, String> setter = SETTERS.get(name);
      if (setter == null) {
        unknown.put(name, value);
      } else {
        setter.accept(builder, value);
      }
    });
    return unknown;
  }

  private static Map<String, BiConsumer<MySqlPoolOptions.Builder, String>> setters() {
    Map<String, BiConsumer<MySqlPoolOptions.Builder, String>> s = new LinkedHashMap<>();
    s.put("maxSize", (b, v) -> b.maxSize(ConnectParameters.integer("maxSize", v, 1)));
    s.put("minIdle", (b, v) -> b.minIdle(ConnectParameters.integer("minIdle", v, 0)));
    s.put("acquireTimeout", (b, v) -> b.acquireTimeout(Durations.parse("acquireTimeout", v)));
    s.put("maxWaiters", (b, v) -> b.maxWaiters(ConnectParameters.integer("maxWaiters", v, 0)));
    s.put("idleTimeout", (b, v) -> b.idleTimeout(Durations.parse("idleTimeout", v)));
    s.put("maxLifetime", (b, v) -> b.maxLifetime(Durations.parse("maxLifetime", v)));
    s.put("validationTimeout", (b, v) -> b.validationTimeout(Durations.parse("validationTimeout", v)));
    s.put("validationInterval", (b, v) -> b.validationInterval(Durations.parse("validationInterval", v)));
    s.put("leakDetectionThreshold", (b, v) -> b.leakDetectionThreshold(Durations.parse("leakDetectionThreshold", v)));
    s.put("resetOnReturn", (b, v) -> b.resetOnReturn(ConnectParameters.bool("resetOnReturn", v)));
    s.put("initSql", MySqlPoolOptions.Builder::initSql);
    return Map.copyOf(s);
  }
}
