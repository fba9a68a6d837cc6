package io.asyncmysql.driver;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Everything needed to open a connection: where the server is, who logs in, and how the connection
 * behaves. Immutable; create one with {@link #builder()} or from a URL with {@link #parse(String)}.
 *
 * <p>This file is long because each option appears three times (field, accessor, documented builder
 * setter); the URL syntax lives in {@code ConnectionUrl} and the parameter names in {@code
 * ConnectParameters}.
 */
public final class MySqlConnectOptions {
  private final List<HostAndPort> hosts;
  private final Path unixSocket;
  private final String user;
  private final String password;
  private final String database;
  private final SslMode sslMode;
  private final Path sslCa;
  private final Path sslCert;
  private final Path sslKey;
  private final boolean allowPublicKeyRetrieval;
  private final Path serverRsaPublicKeyFile;
  private final boolean allowCleartextPassword;
  private final Set<String> authPlugins;
  private final boolean allowLocalInfile;
  private final Path localInfileDirectory;
  private final boolean allowMultiQueries;
  private final Duration connectTimeout;
  private final Duration queryTimeout;
  private final String charset;
  private final String collation;
  private final ZoneId sessionTimeZone;
  private final Map<String, String> applicationAttributes;
  private final Map<String, String> connectionAttributes;
  private final int preparedStatementCacheSize;
  private final int pipeliningLimit;
  private final ZeroDateBehavior zeroDateBehavior;
  private final boolean useAffectedRows;
  private final boolean rewriteBatches;
  private final boolean tcpKeepAlive;
  private final boolean tcpNoDelay;
  private final Executor executor;

  private MySqlConnectOptions(Builder b) {
    hosts = b.hosts;
    unixSocket = b.unixSocket;
    user = b.user;
    password = b.password;
    database = b.database;
    sslMode = b.sslMode;
    sslCa = b.sslCa;
    sslCert = b.sslCert;
    sslKey = b.sslKey;
    allowPublicKeyRetrieval = b.allowPublicKeyRetrieval;
    serverRsaPublicKeyFile = b.serverRsaPublicKeyFile;
    allowCleartextPassword = b.allowCleartextPassword;
    authPlugins = b.authPlugins;
    allowLocalInfile = b.allowLocalInfile;
    localInfileDirectory = b.localInfileDirectory;
    allowMultiQueries = b.allowMultiQueries;
    connectTimeout = b.connectTimeout;
    queryTimeout = b.queryTimeout;
    charset = b.charset != null ? b.charset : b.collation != null ? charsetOf(b.collation) : "utf8mb4";
    collation = b.collation;
    sessionTimeZone = b.sessionTimeZone;
    applicationAttributes = b.connectionAttributes;
    connectionAttributes = ConnectionAttributes.withDefaults(applicationAttributes);
    preparedStatementCacheSize = b.preparedStatementCacheSize;
    pipeliningLimit = b.pipeliningLimit;
    zeroDateBehavior = b.zeroDateBehavior;
    useAffectedRows = b.useAffectedRows;
    rewriteBatches = b.rewriteBatches;
    tcpKeepAlive = b.tcpKeepAlive;
    tcpNoDelay = b.tcpNoDelay;
    executor = b.executor;
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a connection URL:
   * {@code scheme://[user[:password]@]host[:port][,host[:port]...][/database][?name=value&...]}. The scheme is one of {@code mysql}, {@code mariadb}, {@code jdbc:mysql}, {@code jdbc:mariadb} and
   * {@code jdbc:asyncmysql}; an IPv6 host is written in brackets ({@code [::1]:3307}); the port
   * defaults to 3306. The user, password, database and parameter values are percent-decoded ({@code
   * +} stays a plus). The parameters are named like the builder's setters, e.g. {@code
   * ?sslMode=VERIFY_IDENTITY&connectTimeout=5s}; {@code user} and {@code password} may also be given
   * as parameters, and {@code socket} is another name for {@code unixSocket}.
   *
   * @param url the URL
   * @return the options it describes
   * @throws IllegalArgumentException if the URL is malformed, names an unknown parameter, has a bad
   *     value, or describes contradicting options
   */
  public static MySqlConnectOptions parse(String url) {
    Builder builder = builder();
    Map<String, String> unknown = ConnectParameters.apply(ConnectionUrl.parse(url), builder);
    ConnectParameters.rejectUnknown(unknown, Set.of());
    return builder.build();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The first server's host name or IP address: the one tried first. */
  public String host() {
    return hosts.get(0).host();
  }

  /** The first server's port. */
  public int port() {
    return hosts.get(0).port();
  }

  /** The server addresses, in the order they are tried; see {@link Builder#hosts(List)}. */
  public List<HostAndPort> hosts() {
    return hosts;
  }

  /** The unix domain socket to connect to instead of the hosts, or {@code null}. */
  public Path unixSocket() {
    return unixSocket;
  }

  /** The user name. */
  public String user() {
    return user;
  }

  /** The password, or {@code null} for none. */
  public String password() {
    return password;
  }

  /** The default database, or {@code null} for none. */
  public String database() {
    return database;
  }

  /** How the connection uses TLS; see {@link Builder#sslMode(SslMode)}. */
  public SslMode sslMode() {
    return sslMode;
  }

  /** The PEM file of the CAs trusted to sign the server certificate, or {@code null} for the JDK's. */
  public Path sslCa() {
    return sslCa;
  }

  /** The PEM file of the client certificate, or {@code null} for none. */
  public Path sslCert() {
    return sslCert;
  }

  /** The PEM file of the client certificate's PKCS#8 private key, or {@code null} for none. */
  public Path sslKey() {
    return sslKey;
  }

  /** Whether the server's RSA public key may be requested over an unencrypted connection. */
  public boolean allowPublicKeyRetrieval() {
    return allowPublicKeyRetrieval;
  }

  /** The PEM file of the server's RSA public key, or {@code null}. */
  public Path serverRsaPublicKeyFile() {
    return serverRsaPublicKeyFile;
  }

  /**
   * Whether plugins that send the password in cleartext ({@code mysql_clear_password}) may be used,
   * over a unix socket or verified TLS only.
   */
  public boolean allowCleartextPassword() {
    return allowCleartextPassword;
  }

  /** The authentication plugins the server may choose, in the given order; empty allows every one. */
  public Set<String> authPlugins() {
    return authPlugins;
  }

  /** Whether the server may read client files with {@code LOAD DATA LOCAL INFILE}. */
  public boolean allowLocalInfile() {
    return allowLocalInfile;
  }

  /** The only directory {@code LOAD DATA LOCAL INFILE} may read from, or {@code null} for any. */
  public Path localInfileDirectory() {
    return localInfileDirectory;
  }

  /** Whether one query text may hold several statements separated by {@code ;}. */
  public boolean allowMultiQueries() {
    return allowMultiQueries;
  }

  /** How long connecting, TLS and authentication together may take. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long a command may take, or {@code null} for no limit. */
  public Duration queryTimeout() {
    return queryTimeout;
  }

  /** The connection's character set, e.g. {@code utf8mb4}. */
  public String charset() {
    return charset;
  }

  /** The connection's collation, or {@code null} for the charset's default on the server. */
  public String collation() {
    return collation;
  }

  /** The session's {@code time_zone}, or {@code null} to keep the server's. */
  public ZoneId sessionTimeZone() {
    return sessionTimeZone;
  }

  /** Every connection attribute sent at login: the driver's ({@code _client_name}, ...), then the application's. */
  public Map<String, String> connectionAttributes() {
    return connectionAttributes;
  }

  /** How many prepared statements each connection keeps open for reuse; 0 disables the cache. */
  public int preparedStatementCacheSize() {
    return preparedStatementCacheSize;
  }

  /** How many commands may be written ahead of their results on one connection. */
  public int pipeliningLimit() {
    return pipeliningLimit;
  }

  /** What reading a zero date returns. */
  public ZeroDateBehavior zeroDateBehavior() {
    return zeroDateBehavior;
  }

  /** Whether an update counts the rows it changed (true) rather than the rows it matched (false). */
  public boolean useAffectedRows() {
    return useAffectedRows;
  }

  /** Whether a batch of {@code INSERT}s travels as few commands as the server allows. */
  public boolean rewriteBatches() {
    return rewriteBatches;
  }

  /** Whether TCP keep-alive is on. */
  public boolean tcpKeepAlive() {
    return tcpKeepAlive;
  }

  /** Whether Nagle's algorithm is off ({@code TCP_NODELAY}). */
  public boolean tcpNoDelay() {
    return tcpNoDelay;
  }

  /** The executor that completes the application's futures, or {@code null} for the driver's default. */
  public Executor executor() {
    return executor;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MySqlConnectOptions other && values().equals(other.values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  /** Every option, named as in a URL, with the password masked. */
  @Override
  public String toString() {
    Map<String, Object> shown = values();
    shown.computeIfPresent("password", (name, value) -> "***");
    shown.computeIfPresent("connectTimeout", (name, value) -> Durations.format(connectTimeout));
    shown.computeIfPresent("queryTimeout", (name, value) -> Durations.format(queryTimeout));
    shown.putIfAbsent("sessionTimeZone", "SERVER");
    return "MySqlConnectOptions" + shown;
  }

  /** Every option by name, in declaration order; the one list that equality and {@code toString} share. */
  private Map<String, Object> values() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("hosts", hosts);
    v.put("unixSocket", unixSocket);
    v.put("user", user);
    v.put("password", password);
    v.put("database", database);
    v.put("sslMode", sslMode);
    v.put("sslCa", sslCa);
    v.put("sslCert", sslCert);
    v.put("sslKey", sslKey);
    v.put("allowPublicKeyRetrieval", allowPublicKeyRetrieval);
    v.put("serverRsaPublicKeyFile", serverRsaPublicKeyFile);
    v.put("allowCleartextPassword", allowCleartextPassword);
    v.put("authPlugins", authPlugins);
    v.put("allowLocalInfile", allowLocalInfile);
    v.put("localInfileDirectory", localInfileDirectory);
    v.put("allowMultiQueries", allowMultiQueries);
    v.put("connectTimeout", connectTimeout);
    v.put("queryTimeout", queryTimeout);
    v.put("charset", charset);
    v.put("collation", collation);
    v.put("sessionTimeZone", sessionTimeZone);
    v.put("connectionAttributes", applicationAttributes);
    v.put("preparedStatementCacheSize", preparedStatementCacheSize);
    v.put("pipeliningLimit", pipeliningLimit);
    v.put("zeroDateBehavior", zeroDateBehavior);
    v.put("useAffectedRows", useAffectedRows);
    v.put("rewriteBatches", rewriteBatches);
    v.put("tcpKeepAlive", tcpKeepAlive);
    v.put("tcpNoDelay", tcpNoDelay);
    v.put("executor", executor);
    return v;
  }

  /** The charset a collation belongs to: the part before the first {@code _}, or {@code binary}. */
  private static String charsetOf(String collation) {
    int underscore = collation.indexOf('_');
    return underscore < 0 ? collation : collation.substring(0, underscore);
  }

  /**
   * Collects options for {@link MySqlConnectOptions}. Every setter checks its argument and throws
   * {@link IllegalArgumentException} for a bad one; {@link #build()} checks how they fit together. Not
   * thread-safe.
   */
  public static final class Builder {
    private static final Pattern CHARSET_NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern PLUGIN_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private List<HostAndPort> hosts = List.of(HostAndPort.of("localhost"));
    private Path unixSocket;
    private String user;
    private String password;
    private String database;
    private SslMode sslMode = SslMode.PREFERRED;
    private Path sslCa;
    private Path sslCert;
    private Path sslKey;
    private boolean allowPublicKeyRetrieval;
    private Path serverRsaPublicKeyFile;
    private boolean allowCleartextPassword;
    private Set<String> authPlugins = Set.of();
    private boolean allowLocalInfile;
    private Path localInfileDirectory;
    private boolean allowMultiQueries;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration queryTimeout;
    private String charset;
    private String collation;
    private ZoneId sessionTimeZone;
    private Map<String, String> connectionAttributes = Map.of();
    private int preparedStatementCacheSize = 256;
    private int pipeliningLimit = 256;
    private ZeroDateBehavior zeroDateBehavior = ZeroDateBehavior.EXCEPTION;
    private boolean useAffectedRows;
    private boolean rewriteBatches = true;
    private boolean tcpKeepAlive = true;
    private boolean tcpNoDelay = true;
    private Executor executor;

    private Builder() {}

    private Builder(MySqlConnectOptions o) {
      hosts = o.hosts;
      unixSocket = o.unixSocket;
      user = o.user;
      password = o.password;
      database = o.database;
      sslMode = o.sslMode;
      sslCa = o.sslCa;
      sslCert = o.sslCert;
      sslKey = o.sslKey;
      allowPublicKeyRetrieval = o.allowPublicKeyRetrieval;
      serverRsaPublicKeyFile = o.serverRsaPublicKeyFile;
      allowCleartextPassword = o.allowCleartextPassword;
      authPlugins = o.authPlugins;
      allowLocalInfile = o.allowLocalInfile;
      localInfileDirectory = o.localInfileDirectory;
      allowMultiQueries = o.allowMultiQueries;
      connectTimeout = o.connectTimeout;
      queryTimeout = o.queryTimeout;
      charset = o.charset;
      collation = o.collation;
      sessionTimeZone = o.sessionTimeZone;
      connectionAttributes = o.applicationAttributes;
      preparedStatementCacheSize = o.preparedStatementCacheSize;
      pipeliningLimit = o.pipeliningLimit;
      zeroDateBehavior = o.zeroDateBehavior;
      useAffectedRows = o.useAffectedRows;
      rewriteBatches = o.rewriteBatches;
      tcpKeepAlive = o.tcpKeepAlive;
      tcpNoDelay = o.tcpNoDelay;
      executor = o.executor;
    }

    /**
     * Connects to one server. The default is {@code localhost} on port 3306.
     *
     * @param host the host name or IP address, IPv6 without brackets
     * @param port the TCP port
     * @return this builder
     * @throws IllegalArgumentException if the host is blank or the port out of range
     */
    public Builder host(String host, int port) {
      return hosts(List.of(new HostAndPort(host, port)));
    }

    /**
     * Connects to one server on port 3306.
     *
     * @param host the host name or IP address, IPv6 without brackets
     * @return this builder
     * @throws IllegalArgumentException if the host is blank
     */
    public Builder host(String host) {
      return hosts(List.of(HostAndPort.of(host)));
    }

    /**
     * The servers to connect to, tried in this order until one accepts. The default is {@code
     * localhost:3306}.
     *
     * @param hosts one or more addresses
     * @return this builder
     * @throws IllegalArgumentException if the list is empty
     */
    public Builder hosts(List<HostAndPort> hosts) {
      if (hosts.isEmpty()) {
        throw new IllegalArgumentException("hosts: [] (expected: at least one address)");
      }
      this.hosts = List.copyOf(hosts);
      return this;
    }

    /**
     * Connects through this unix domain socket instead of TCP; the hosts are then ignored. Default:
     * none. URL parameters: {@code unixSocket} or {@code socket}.
     *
     * @param unixSocket the socket file, or {@code null} for TCP
     * @return this builder
     */
    public Builder unixSocket(Path unixSocket) {
      this.unixSocket = unixSocket;
      return this;
    }

    /**
     * The user to log in as. Required.
     *
     * @param user the user name
     * @return this builder
     */
    public Builder user(String user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    /**
     * The password. Default: none. It never appears in {@link MySqlConnectOptions#toString()}.
     *
     * @param password the password, or {@code null} for none
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * The database to use after login. Default: none.
     *
     * @param database the database name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is empty
     */
    public Builder database(String database) {
      if (database != null && database.isEmpty()) {
        throw new IllegalArgumentException("database: '' (expected: a database name, or null for none)");
      }
      this.database = database;
      return this;
    }

    /**
     * How the connection uses TLS. Default: {@link SslMode#PREFERRED}.
     *
     * @param sslMode the mode
     * @return this builder
     */
    public Builder sslMode(SslMode sslMode) {
      this.sslMode = Objects.requireNonNull(sslMode, "sslMode");
      return this;
    }

    /**
     * The PEM file of the CAs trusted to sign the server certificate; needs {@link
     * SslMode#VERIFY_CA} or {@link SslMode#VERIFY_IDENTITY}. Default: none, which trusts the JDK's
     * default CAs.
     *
     * @param sslCa the file, or {@code null}
     * @return this builder
     */
    public Builder sslCa(Path sslCa) {
      this.sslCa = sslCa;
      return this;
    }

    /**
     * The PEM file of the client certificate presented to the server; needs {@link #sslKey}.
     * Default: none.
     *
     * @param sslCert the file, or {@code null}
     * @return this builder
     */
    public Builder sslCert(Path sslCert) {
      this.sslCert = sslCert;
      return this;
    }

    /**
     * The PEM file of the client certificate's unencrypted PKCS#8 private key ({@code BEGIN PRIVATE
     * KEY}); needs {@link #sslCert}. Default: none.
     *
     * @param sslKey the file, or {@code null}
     * @return this builder
     */
    public Builder sslKey(Path sslKey) {
      this.sslKey = sslKey;
      return this;
    }

    /**
     * Whether {@code caching_sha2_password} and {@code sha256_password} may ask the server for its RSA
     * public key over an unencrypted connection, which a man in the middle could replace. Default:
     * false.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public Builder allowPublicKeyRetrieval(boolean allow) {
      this.allowPublicKeyRetrieval = allow;
      return this;
    }

    /**
     * The PEM file of the server's RSA public key, used to encrypt the password without TLS and
     * without asking the server for its key. Default: none.
     *
     * @param file the file, or {@code null}
     * @return this builder
     */
    public Builder serverRsaPublicKeyFile(Path file) {
      this.serverRsaPublicKeyFile = file;
      return this;
    }

    /**
     * Whether plugins that send the password in cleartext ({@code mysql_clear_password}, used by PAM
     * and LDAP accounts) may be used. Even then, only over a unix socket or TLS whose certificate is
     * verified ({@link SslMode#VERIFY_CA} or {@link SslMode#VERIFY_IDENTITY}): never over plain TCP
     * nor over TLS that a man in the middle could have ended. Applies to the server's first choice
     * and to an authentication switch alike. Default: false.
     *
     * @param allow whether to allow them
     * @return this builder
     */
    public Builder allowCleartextPassword(boolean allow) {
      this.allowCleartextPassword = allow;
      return this;
    }

    /**
     * The only authentication plugins the server may choose, e.g. {@code caching_sha2_password}.
     * Default: empty, which allows every plugin the driver implements. URL form: comma-separated.
     *
     * @param plugins the plugin names
     * @return this builder
     * @throws IllegalArgumentException if a name is not a plugin name
     */
    public Builder authPlugins(Collection<String> plugins) {
      Set<String> names = new LinkedHashSet<>();
      for (String plugin : plugins) {
        if (!PLUGIN_NAME.matcher(plugin).matches()) {
          throw new IllegalArgumentException(
              "authPlugins: '" + plugin + "' (expected: plugin names such as caching_sha2_password)");
        }
        names.add(plugin);
      }
      this.authPlugins = Collections.unmodifiableSet(names);
      return this;
    }

    /**
     * Whether the server may read files of this machine with {@code LOAD DATA LOCAL INFILE}. A server
     * that asks unprompted is refused with {@link MySqlSecurityException}. Default: false.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public Builder allowLocalInfile(boolean allow) {
      this.allowLocalInfile = allow;
      return this;
    }

    /**
     * Restricts {@code LOAD DATA LOCAL INFILE} to files inside this directory; needs {@link
     * #allowLocalInfile}. Default: none, which allows any readable file.
     *
     * @param directory the directory, or {@code null}
     * @return this builder
     */
    public Builder localInfileDirectory(Path directory) {
      this.localInfileDirectory = directory;
      return this;
    }

    /**
     * Whether one query text may hold several statements separated by {@code ;}, which widens what an
     * SQL injection can do. Default: false.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public Builder allowMultiQueries(boolean allow) {
      this.allowMultiQueries = allow;
      return this;
    }

    /**
     * How long connecting, TLS and authentication together may take before failing with {@link
     * MySqlTimeoutException}. Default: 10 seconds. URL form: {@code 5000} (milliseconds), {@code
     * 250ms}, {@code 5s}, {@code 2m} or {@code PT5S}.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public Builder connectTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "connectTimeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(
            "connectTimeout: " + timeout + " (expected: a positive duration)");
      }
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * How long a command may take, from being written until its last result, before failing with
     * {@link MySqlTimeoutException} (which closes the connection). Default: no limit. URL form as
     * {@link #connectTimeout}; {@code 0} means no limit.
     *
     * @param timeout the limit, or {@code null} or zero for none
     * @return this builder
     * @throws IllegalArgumentException if the duration is negative
     */
    public Builder queryTimeout(Duration timeout) {
      if (timeout != null && timeout.isNegative()) {
        throw new IllegalArgumentException("queryTimeout: " + timeout + " (expected: zero or a positive duration)");
      }
      this.queryTimeout = timeout == null || timeout.isZero() ? null : timeout;
      return this;
    }

    /**
     * The connection's character set. Default: {@code utf8mb4}, or the charset of {@link #collation}
     * when one is set.
     *
     * @param charset a MySQL charset name, e.g. {@code utf8mb4} or {@code latin1}
     * @return this builder
     * @throws IllegalArgumentException if the text is not a charset name
     */
    public Builder charset(String charset) {
      this.charset = charsetName("charset", Objects.requireNonNull(charset, "charset"));
      return this;
    }

    /**
     * The connection's collation, e.g. {@code utf8mb4_0900_ai_ci}. Default: none, which lets the
     * server pick its default collation for the charset.
     *
     * @param collation a collation of {@link #charset}, or {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the text is not a collation name
     */
    public Builder collation(String collation) {
      this.collation = collation == null ? null : charsetName("collation", collation);
      return this;
    }

    /**
     * The session {@code time_zone} set after login, which decides how {@code TIMESTAMP} values and
     * {@code NOW()} are shown. Default: none, which keeps the server's. URL form: a zone id such as
     * {@code UTC}, {@code +02:00} or {@code Europe/Berlin}, or {@code SERVER}.
     *
     * @param zone the zone, or {@code null} to keep the server's
     * @return this builder
     */
    public Builder sessionTimeZone(ZoneId zone) {
      this.sessionTimeZone = zone;
      return this;
    }

    /**
     * Connection attributes sent at login in addition to the driver's ({@code _client_name=asyncmysql},
     * {@code _client_version}, {@code _os}, {@code _pid}, {@code _runtime_version}). Default: none.
     * URL form: {@code name:value,name:value}.
     *
     * @param attributes names and values, in the order to send them
     * @return this builder
     * @throws IllegalArgumentException if a name is empty or starts with {@code _} (reserved)
     */
    public Builder connectionAttributes(Map<String, String> attributes) {
      this.connectionAttributes = ConnectionAttributes.checked(attributes);
      return this;
    }

    /**
     * How many server-side prepared statements each connection keeps open for reuse, least recently
     * used closed first. Default: 256; 0 disables the cache.
     *
     * @param size zero or more
     * @return this builder
     * @throws IllegalArgumentException if the size is negative
     */
    public Builder preparedStatementCacheSize(int size) {
      this.preparedStatementCacheSize = atLeast("preparedStatementCacheSize", size, 0);
      return this;
    }

    /**
     * How many commands may be written on one connection ahead of their results. Default: 256; 1
     * turns pipelining off.
     *
     * @param limit one or more
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder pipeliningLimit(int limit) {
      this.pipeliningLimit = atLeast("pipeliningLimit", limit, 1);
      return this;
    }

    /**
     * What reading a zero date ({@code 0000-00-00}) returns. Default: {@link
     * ZeroDateBehavior#EXCEPTION}.
     *
     * @param behavior the behaviour
     * @return this builder
     */
    public Builder zeroDateBehavior(ZeroDateBehavior behavior) {
      this.zeroDateBehavior = Objects.requireNonNull(behavior, "zeroDateBehavior");
      return this;
    }

    /**
     * Whether an {@code UPDATE} reports the rows it changed (true) rather than the rows it matched
     * (false, which sets {@code CLIENT_FOUND_ROWS} like Connector/J). Default: false.
     *
     * @param use whether to report changed rows
     * @return this builder
     */
    public Builder useAffectedRows(boolean use) {
      this.useAffectedRows = use;
      return this;
    }

    /**
     * Whether {@link MySqlConnection#executeBatch} sends a batch of {@code INSERT}s or {@code
     * REPLACE}s as few commands as the server allows: MariaDB's {@code COM_STMT_BULK_EXECUTE}, else
     * one multi-row {@code VALUES} statement per chunk of rows. A failing row then fails its whole
     * chunk, and rows of an {@code INSERT IGNORE}, {@code REPLACE} or {@code ON DUPLICATE KEY UPDATE}
     * report {@link BatchResult#SUCCESS_NO_INFO}. False runs one statement per row (pipelined).
     * Default: true.
     *
     * @param rewrite whether to fold rows into fewer commands
     * @return this builder
     */
    public Builder rewriteBatches(boolean rewrite) {
      this.rewriteBatches = rewrite;
      return this;
    }

    /**
     * Whether TCP keep-alive is on, so that a dead peer is eventually noticed. Default: true.
     *
     * @param keepAlive whether to turn it on
     * @return this builder
     */
    public Builder tcpKeepAlive(boolean keepAlive) {
      this.tcpKeepAlive = keepAlive;
      return this;
    }

    /**
     * Whether Nagle's algorithm is off ({@code TCP_NODELAY}), so that small commands go out at once.
     * Default: true.
     *
     * @param noDelay whether to set {@code TCP_NODELAY}
     * @return this builder
     */
    public Builder tcpNoDelay(boolean noDelay) {
      this.tcpNoDelay = noDelay;
      return this;
    }

    /**
     * The executor that completes the application's futures, so that their callbacks never run on
     * a network thread. Default: none, which uses the driver's shared default. Not a URL parameter.
     *
     * @param executor the executor, or {@code null} for the default
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Checks that the options fit together and creates the options.
     *
     * @return the options
     * @throws IllegalArgumentException if no user was given, {@code sslCert} and {@code sslKey} are not
     *     given together, TLS files are given with a mode that does not use them, {@code
     *     localInfileDirectory} is given without {@code allowLocalInfile}, or the collation does not
     *     belong to the charset
     */
    public MySqlConnectOptions build() {
      if (user == null) {
        throw new IllegalArgumentException("user: null (expected: a user name)");
      }
      if ((sslCert == null) != (sslKey == null)) {
        throw new IllegalArgumentException(sslCert == null
            ? "sslKey: " + sslKey + " (expected: together with sslCert)"
            : "sslCert: " + sslCert + " (expected: together with sslKey)");
      }
      if (sslCert != null && sslMode == SslMode.DISABLED) {
        throw new IllegalArgumentException("sslCert: " + sslCert + " (expected: an sslMode other than DISABLED)");
      }
      if (sslCa != null && !sslMode.verifiesCertificate()) {
        throw new IllegalArgumentException(
            "sslCa: " + sslCa + " (expected: with sslMode VERIFY_CA or VERIFY_IDENTITY, not " + sslMode + ")");
      }
      if (localInfileDirectory != null && !allowLocalInfile) {
        throw new IllegalArgumentException(
            "localInfileDirectory: " + localInfileDirectory + " (expected: with allowLocalInfile=true)");
      }
      if (charset != null && collation != null && !charsetOf(collation).equals(charset)) {
        throw new IllegalArgumentException(
            "collation: " + collation + " (expected: a collation of charset " + charset + ")");
      }
      return new MySqlConnectOptions(this);
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + ": " + value + " (expected: an integer >= " + min + ")");
      }
      return value;
    }

    private static String charsetName(String name, String value) {
      String lower = value.toLowerCase(Locale.ROOT);
      if (!CHARSET_NAME.matcher(lower).matches()) {
        throw new IllegalArgumentException(name + ": '" + value + "' (expected: a MySQL " + name + " name)");
      }
      return lower;
    }
  }
}
