package io.asyncmysql.driver;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The URL parameters of {@link MySqlConnectOptions}: a closed set, each parsed into its typed builder
 * setter. Other components that read the same URL (the pool) take the parameters this class leaves
 * over, consume their own and reject the rest with {@link #rejectUnknown}.
 */
final class ConnectParameters {
  private static final Map<String, BiConsumer<MySqlConnectOptions.Builder, String>> SETTERS = setters();

  private ConnectParameters() {}

  /**
   * Applies a URL's hosts, database and known parameters to a builder.
   *
   * @param url the URL taken apart
   * @param builder the builder to fill
   * @return the parameters this class does not know, in URL order
   * @throws IllegalArgumentException if a known parameter has a bad value
   */
  static Map<String, String> apply(ConnectionUrl url, MySqlConnectOptions.Builder builder) {
    if (!url.hosts().isEmpty()) {
      builder.hosts(url.hosts());
    }
    builder.database(url.database());
    if (url.parameters().containsKey("socket") && url.parameters().containsKey("unixSocket")) {
      throw new IllegalArgumentException("parameter: socket (expected: given once, socket being another name for unixSocket)");
    }
    Map<String, String> unknown = new LinkedHashMap<>();
    url.parameters()
        .forEach(
            (name, value) -> {
              BiConsumer<MySqlConnectOptions.Builder, String> setter = SETTERS.get(name);
              if (setter == null) {
                unknown.put(name, value);
              } else {
                setter.accept(builder, value);
              }
            });
    return unknown;
  }

  /**
   * Fails when any parameter is left over, naming the first and every known parameter.
   *
   * @param unknown the parameters left over
   * @param alsoKnown the names the caller consumed itself, to list as known
   * @throws IllegalArgumentException if {@code unknown} is not empty
   */
  static void rejectUnknown(Map<String, String> unknown, Collection<String> alsoKnown) {
    if (unknown.isEmpty()) {
      return;
    }
    TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    known.addAll(SETTERS.keySet());
    known.addAll(alsoKnown);
    throw new IllegalArgumentException(
        "unknown parameter: " + unknown.keySet().iterator().next() + " (expected: one of " + String.join(", ", known) + ")");
  }

  private static Map<String, BiConsumer<MySqlConnectOptions.Builder, String>> setters() {
    Map<String, BiConsumer<MySqlConnectOptions.Builder, String>> s = new LinkedHashMap<>();
    s.put("user", MySqlConnectOptions.Builder::user);
    s.put("password", MySqlConnectOptions.Builder::password);
    s.put("sslMode", (b, v) -> b.sslMode(enumValue("sslMode", v, SslMode.class)));
    s.put("sslCa", (b, v) -> b.sslCa(path("sslCa", v)));
    s.put("sslCert", (b, v) -> b.sslCert(path("sslCert", v)));
    s.put("sslKey", (b, v) -> b.sslKey(path("sslKey", v)));
    s.put("allowPublicKeyRetrieval", (b, v) -> b.allowPublicKeyRetrieval(bool("allowPublicKeyRetrieval", v)));
    s.put("serverRsaPublicKeyFile", (b, v) -> b.serverRsaPublicKeyFile(path("serverRsaPublicKeyFile", v)));
    s.put("allowCleartextPassword", (b, v) -> b.allowCleartextPassword(bool("allowCleartextPassword", v)));
    s.put("authPlugins", (b, v) -> b.authPlugins(v.isEmpty() ? List.of() : Arrays.asList(v.split(",", -1))));
    s.put("allowLocalInfile", (b, v) -> b.allowLocalInfile(bool("allowLocalInfile", v)));
    s.put("localInfileDirectory", (b, v) -> b.localInfileDirectory(path("localInfileDirectory", v)));
    s.put("allowMultiQueries", (b, v) -> b.allowMultiQueries(bool("allowMultiQueries", v)));
    s.put("connectTimeout", (b, v) -> b.connectTimeout(Durations.parse("connectTimeout", v)));
    s.put("queryTimeout", (b, v) -> b.queryTimeout(Durations.parse("queryTimeout", v)));
    s.put("socket", (b, v) -> b.unixSocket(path("socket", v)));
    s.put("unixSocket", (b, v) -> b.unixSocket(path("unixSocket", v)));
    s.put("charset", MySqlConnectOptions.Builder::charset);
    s.put("collation", MySqlConnectOptions.Builder::collation);
    s.put("sessionTimeZone", (b, v) -> b.sessionTimeZone(zone(v)));
    s.put("connectionAttributes", (b, v) -> b.connectionAttributes(ConnectionAttributes.parse(v)));
    s.put("preparedStatementCacheSize", (b, v) -> b.preparedStatementCacheSize(integer("preparedStatementCacheSize", v, 0)));
    s.put("pipeliningLimit", (b, v) -> b.pipeliningLimit(integer("pipeliningLimit", v, 1)));
    s.put("zeroDateBehavior", (b, v) -> b.zeroDateBehavior(enumValue("zeroDateBehavior", v, ZeroDateBehavior.class)));
    s.put("useAffectedRows", (b, v) -> b.useAffectedRows(bool("useAffectedRows", v)));
    s.put("rewriteBatches", (b, v) -> b.rewriteBatches(bool("rewriteBatches", v)));
    s.put("tcpKeepAlive", (b, v) -> b.tcpKeepAlive(bool("tcpKeepAlive", v)));
    s.put("tcpNoDelay", (b, v) -> b.tcpNoDelay(bool("tcpNoDelay", v)));
    return Map.copyOf(s);
  }

  static boolean bool(String name, String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw invalid(name, value, "true or false");
  }

  static int integer(String name, String value, int min) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min) {
        return parsed;
      }
      throw invalid(name, value, "an integer >= " + min);
    } catch (NumberFormatException e) {
      throw invalid(name, value, "an integer >= " + min);
    }
  }

  private static Path path(String name, String value) {
    try {
      if (value.isEmpty()) {
        throw invalid(name, "''", "a file path");
      }
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw invalid(name, "'" + value + "'", "a file path");
    }
  }

  private static IllegalArgumentException invalid(String name, String value, String expected) {
    return new IllegalArgumentException(name + ": " + value + " (expected: " + expected + ")");
  }

  private static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw invalid(
        name, value, "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  private static ZoneId zone(String value) {
    if (value.toUpperCase(Locale.ROOT).equals("SERVER")) {
      return null;
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw invalid("sessionTimeZone", value, "SERVER or a zone id such as UTC, +02:00 or Europe/Berlin");
    }
  }
}
