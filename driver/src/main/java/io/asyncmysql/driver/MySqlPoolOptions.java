package io.asyncmysql.driver;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link MySqlPool} sizes, checks and retires its connections. Immutable; create one with
 * {@link #builder()}. Each option is also a URL parameter of {@link MySqlPool#create(String)}, named
 * like its setter.
 */
public final class MySqlPoolOptions {
  private final int maxSize;
  private final int minIdle;
  private final Duration acquireTimeout;
  private final int maxWaiters;
  private final Duration idleTimeout;
  private final Duration maxLifetime;
  private final Duration validationTimeout;
  private final Duration validationInterval;
  private final Duration leakDetectionThreshold;
  private final boolean resetOnReturn;
  private final String initSql;

  private MySqlPoolOptions(Builder b) {
    maxSize = b.maxSize;
    minIdle = b.minIdle;
    acquireTimeout = b.acquireTimeout;
    maxWaiters = b.maxWaiters;
    idleTimeout = b.idleTimeout;
    maxLifetime = b.maxLifetime;
    validationTimeout = b.validationTimeout;
    validationInterval = b.validationInterval;
    leakDetectionThreshold = b.leakDetectionThreshold;
    resetOnReturn = b.resetOnReturn;
    initSql = b.initSql;
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most connections the pool opens. */
  public int maxSize() {
    return maxSize;
  }

  /** How many idle connections the pool keeps open, while fewer than {@link #maxSize()} are open. */
  public int minIdle() {
    return minIdle;
  }

  /** How long a borrow waits for a connection before it fails. */
  public Duration acquireTimeout() {
    return acquireTimeout;
  }

  /** How many callers may wait for a connection at once; one more fails at once. */
  public int maxWaiters() {
    return maxWaiters;
  }

  /** How long a connection beyond {@link #minIdle()} may stay idle before it is closed; zero for ever. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** How long a connection may live; it is closed when next idle after that. Zero for ever. */
  public Duration maxLifetime() {
    return maxLifetime;
  }

  /** How long the ping that checks an idle connection may take. */
  public Duration validationTimeout() {
    return validationTimeout;
  }

  /** How long a connection may be idle before it is pinged when next borrowed. */
  public Duration validationInterval() {
    return validationInterval;
  }

  /** How long a connection may be borrowed before a leak is logged; zero turns leak detection off. */
  public Duration leakDetectionThreshold() {
    return leakDetectionThreshold;
  }

  /** Whether a returned connection's session is reset ({@code COM_RESET_CONNECTION}). */
  public boolean resetOnReturn() {
    return resetOnReturn;
  }

  /** The statement run on each new connection (and after each reset), or {@code null}. */
  public String initSql() {
    return initSql;
  }

  @Override
  public String toString() {
    return "MySqlPoolOptions{maxSize=" + maxSize + ", minIdle=" + minIdle + ", acquireTimeout=" + Durations.format(acquireTimeout)
        + ", maxWaiters=" + maxWaiters + ", idleTimeout=" + Durations.format(idleTimeout) + ", maxLifetime="
        + Durations.format(maxLifetime) + ", validationTimeout=" + Durations.format(validationTimeout) + ", validationInterval="
        + Durations.format(validationInterval) + ", leakDetectionThreshold=" + Durations.format(leakDetectionThreshold)
        + ", resetOnReturn=" + resetOnReturn + ", initSql=" + initSql + "}";
  }

  /**
   * Collects options for {@link MySqlPoolOptions}. Every setter checks its argument and throws {@link
   * IllegalArgumentException} for a bad one; {@link #build()} checks how they fit together. Not
   * thread-safe.
   */
  public static final class Builder {
    private int maxSize = 10;
    private int minIdle;
    private Duration acquireTimeout = Duration.ofSeconds(30);
    private int maxWaiters = 10_000;
    private Duration idleTimeout = Duration.ofMinutes(10);
    private Duration maxLifetime = Duration.ofMinutes(30);
    private Duration validationTimeout = Duration.ofSeconds(5);
    private Duration validationInterval = Duration.ofMillis(500);
    private Duration leakDetectionThreshold = Duration.ZERO;
    private boolean resetOnReturn;
    private String initSql;

    private Builder() {}

    /**
     * The most connections the pool opens. Default: 10.
     *
     * @param maxSize at least 1
     * @return this builder
     */
    public Builder maxSize(int maxSize) {
      this.maxSize = atLeast("maxSize", maxSize, 1);
      return this;
    }

    /**
     * How many idle connections to keep open. Default: 0.
     *
     * @param minIdle from 0 to {@code maxSize}
     * @return this builder
     */
    public Builder minIdle(int minIdle) {
      this.minIdle = atLeast("minIdle", minIdle, 0);
      return this;
    }

    /**
     * How long a borrow waits for a connection. Default: 30s.
     *
     * @param acquireTimeout positive
     * @return this builder
     */
    public Builder acquireTimeout(Duration acquireTimeout) {
      this.acquireTimeout = positive("acquireTimeout", acquireTimeout);
      return this;
    }

    /**
     * How many callers may wait at once. Default: 10,000.
     *
     * @param maxWaiters at least 0; 0 fails every borrow that would wait
     * @return this builder
     */
    public Builder maxWaiters(int maxWaiters) {
      this.maxWaiters = atLeast("maxWaiters", maxWaiters, 0);
      return this;
    }

    /**
     * How long a connection beyond {@code minIdle} may stay idle. Default: 10m.
     *
     * @param idleTimeout zero or positive; zero keeps idle connections for ever
     * @return this builder
     */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = notNegative("idleTimeout", idleTimeout);
      return this;
    }

    /**
     * How long a connection may live; a borrowed one is closed when it comes back. Default: 30m.
     *
     * @param maxLifetime zero or positive; zero for ever
     * @return this builder
     */
    public Builder maxLifetime(Duration maxLifetime) {
      this.maxLifetime = notNegative("maxLifetime", maxLifetime);
      return this;
    }

    /**
     * How long the ping that checks an idle connection may take. Default: 5s.
     *
     * @param validationTimeout positive
     * @return this builder
     */
    public Builder validationTimeout(Duration validationTimeout) {
      this.validationTimeout = positive("validationTimeout", validationTimeout);
      return this;
    }

    /**
     * How long a connection may be idle before it is pinged when next borrowed. Default: 500ms.
     *
     * @param validationInterval zero or positive; zero pings on every borrow of an idle connection
     * @return this builder
     */
    public Builder validationInterval(Duration validationInterval) {
      this.validationInterval = notNegative("validationInterval", validationInterval);
      return this;
    }

    /**
     * How long a connection may be borrowed before a warning with the stack trace of its borrower is
     * logged. Default: zero, off.
     *
     * @param leakDetectionThreshold zero (off) or positive
     * @return this builder
     */
    public Builder leakDetectionThreshold(Duration leakDetectionThreshold) {
      this.leakDetectionThreshold = notNegative("leakDetectionThreshold", leakDetectionThreshold);
      return this;
    }

    /**
     * Whether to reset each returned connection's session (variables, temporary tables, prepared
     * statements); an open transaction is rolled back either way. Default: false.
     *
     * @param resetOnReturn true to reset
     * @return this builder
     */
    public Builder resetOnReturn(boolean resetOnReturn) {
      this.resetOnReturn = resetOnReturn;
      return this;
    }

    /**
     * A statement to run on each new connection, and again after each reset. Default: none.
     *
     * @param initSql the statement, or {@code null} for none
     * @return this builder
     */
    public Builder initSql(String initSql) {
      if (initSql != null && initSql.isBlank()) {
        throw new IllegalArgumentException("initSql: '" + initSql + "' (expected: a statement, or null for none)");
      }
      this.initSql = initSql;
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws IllegalArgumentException if {@code minIdle} exceeds {@code maxSize}
     */
    public MySqlPoolOptions build() {
      if (minIdle > maxSize) {
        throw new IllegalArgumentException("minIdle: " + minIdle + " (expected: at most maxSize " + maxSize + ")");
      }
      return new MySqlPoolOptions(this);
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + ": " + value + " (expected: an integer >= " + min + ")");
      }
      return value;
    }

    private static Duration notNegative(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + ": " + value + " (expected: zero or positive)");
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      if (notNegative(name, value).isZero()) {
        throw new IllegalArgumentException(name + ": " + value + " (expected: positive)");
      }
      return value;
    }
  }
}
