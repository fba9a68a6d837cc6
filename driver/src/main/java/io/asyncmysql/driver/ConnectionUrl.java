package io.asyncmysql.driver;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A connection URL taken apart, before any parameter is interpreted: {@code
 * scheme://[user[:password]@]host[:port][,host[:port]...][/database][?name=value&...]}. The user and
 * password of the user info become the parameters {@code user} and {@code password}, so that giving
 * one both ways is an error like any parameter given twice.
 *
 * @param hosts the addresses, empty when the URL names none (e.g. {@code mysql:///db?socket=...})
 * @param database the percent-decoded database, or {@code null}
 * @param parameters the percent-decoded parameters in URL order, keyed by name as written
 */
record ConnectionUrl(List<HostAndPort> hosts, String database, Map<String, String> parameters) {
  private static final List<String> SCHEMES =
      List.of("mysql://", "mariadb://", "jdbc:mysql://", "jdbc:mariadb://", "jdbc:asyncmysql://");

  /**
   * Takes a URL apart.
   *
   * @throws IllegalArgumentException if the scheme is unknown, a host or port is malformed, a
   *     parameter has no {@code =} or is given twice, or percent-encoding is malformed
   */
  static ConnectionUrl parse(String url) {
    Objects.requireNonNull(url, "url");
    String rest = stripScheme(url);
    int query = rest.indexOf('?');
    String beforeQuery = query < 0 ? rest : rest.substring(0, query);
    int slash = beforeQuery.indexOf('/');
    String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
    String path = slash < 0 ? "" : beforeQuery.substring(slash + 1);

    Map<String, String> parameters = new LinkedHashMap<>();
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      int colon = userInfo.indexOf(':');
      put(parameters, "user", decode("user", colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        put(parameters, "password", decode("password", userInfo.substring(colon + 1)));
      }
    }
    if (query >= 0) {
      parseQuery(rest.substring(query + 1), parameters);
    }
    return new ConnectionUrl(
        parseHosts(authority.substring(at + 1)),
        path.isEmpty() ? null : decode("database", path),
        Collections.unmodifiableMap(parameters));
  }

  /** The parts, with the password masked. */
  @Override
  public String toString() {
    Map<String, String> masked = new LinkedHashMap<>(parameters);
    masked.computeIfPresent("password", (name, value) -> "***");
    return "ConnectionUrl[hosts=" + hosts + ", database=" + database + ", parameters=" + masked + "]";
  }

  private static String stripScheme(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    for (String scheme : SCHEMES) {
      if (lower.startsWith(scheme)) {
        return url.substring(scheme.length());
      }
    }
    int end = url.indexOf("//");
    throw new IllegalArgumentException(
        "scheme: " + (end < 0 ? url : url.substring(0, end)) + " (expected: one of " + SCHEMES + ")");
  }

  private static List<HostAndPort> parseHosts(String hosts) {
    List<HostAndPort> addresses = new ArrayList<>();
    if (hosts.isEmpty()) {
      return addresses;
    }
    for (String address : hosts.split(",", -1)) {
      addresses.add(parseAddress(address));
    }
    return List.copyOf(addresses);
  }

  private static HostAndPort parseAddress(String address) {
    String host;
    String port;
    if (address.startsWith("[")) {
      int close = address.indexOf(']');
      if (close < 0 || (close + 1 < address.length() && address.charAt(close + 1) != ':')) {
        throw new IllegalArgumentException("host: " + address + " (expected: [IPv6 address] or [IPv6 address]:port)");
      }
      host = address.substring(1, close);
      port = close + 1 < address.length() ? address.substring(close + 2) : null;
    } else {
      int colon = address.indexOf(':');
      if (colon >= 0 && address.indexOf(':', colon + 1) >= 0) {
        throw new IllegalArgumentException("host: " + address + " (expected: an IPv6 address in brackets, e.g. [::1]:3306)");
      }
      host = colon < 0 ? address : address.substring(0, colon);
      port = colon < 0 ? null : address.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("host: '" + address + "' (expected: a host name or IP address)");
    }
    return port == null ? HostAndPort.of(host) : new HostAndPort(host, parsePort(port));
  }

  private static int parsePort(String port) {
    if (!port.isEmpty() && port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int value = Integer.parseInt(port);
      if (value >= 1 && value <= 65535) {
        return value;
      }
    }
    throw new IllegalArgumentException("port: '" + port + "' (expected: an integer from 1 to 65535)");
  }

  private static void parseQuery(String query, Map<String, String> parameters) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("parameter: " + pair + " (expected: name=value)");
      }
      String name = decode("parameter", pair.substring(0, equals));
      put(parameters, name, decode(name, pair.substring(equals + 1)));
    }
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (parameters.putIfAbsent(name, value) != null) {
      throw new IllegalArgumentException("parameter: " + name + " (expected: given once)");
    }
  }

  /** Percent-decodes UTF-8; unlike form decoding, {@code +} stays a plus. */
  private static String decode(String name, String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length);
    for (int i = 0; i < encoded.length; i++) {
      if (encoded[i] != '%') {
        bytes.write(encoded[i]);
        continue;
      }
      int high = i + 2 < encoded.length ? Character.digit(encoded[i + 1], 16) : -1;
      int low = high < 0 ? -1 : Character.digit(encoded[i + 2], 16);
      if (low < 0) {
        throw malformed(name, text);
      }
      bytes.write(high << 4 | low);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed(name, text);
    }
  }

  private static IllegalArgumentException malformed(String name, String text) {
    String shown = name.equals("password") ? "***" : text;
    return new IllegalArgumentException(name + ": " + shown + " (expected: valid percent-encoded UTF-8)");
  }
}
