package io.asyncmysql.driver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The connection attributes sent at login, visible in {@code performance_schema.session_connect_attrs}:
 * the driver's own ({@code _client_name}, ...) and the application's.
 */
final class ConnectionAttributes {
  /** What the driver sends about itself. Names starting with {@code _} are reserved for these. */
  static final Map<String, String> DEFAULTS = defaults();

  private ConnectionAttributes() {}

  /**
   * Checks the application's attributes and returns an unmodifiable copy in the same order.
   *
   * @throws IllegalArgumentException if a name is empty or reserved
   */
  static Map<String, String> checked(Map<String, String> attributes) {
    Map<String, String> copy = new LinkedHashMap<>();
    attributes.forEach(
        (name, value) -> {
          Objects.requireNonNull(name, "name");
          Objects.requireNonNull(value, "value");
          if (name.isEmpty() || name.startsWith("_")) {
            throw new IllegalArgumentException(
                "connectionAttributes: '" + name + "' (expected: a name not empty and not starting with '_')");
          }
          copy.put(name, value);
        });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Parses {@code k1:v1,k2:v2}.
   *
   * @throws IllegalArgumentException if an entry has no {@code :}, or a name is empty or reserved
   */
  static Map<String, String> parse(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return attributes;
    }
    for (String entry : text.split(",", -1)) {
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("connectionAttributes: " + text + " (expected: name:value,name:value)");
      }
      attributes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    return checked(attributes);
  }

  /** The defaults followed by the application's attributes. */
  static Map<String, String> withDefaults(Map<String, String> attributes) {
    Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
    all.putAll(attributes);
    return Collections.unmodifiableMap(all);
  }

  private static Map<String, String> defaults() {
    String version = ConnectionAttributes.class.getPackage().getImplementationVersion();
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("_client_name", "asyncmysql");
    defaults.put("_client_version", version == null ? "unknown" : version);
    defaults.put("_os", System.getProperty("os.name"));
    defaults.put("_pid", Long.toString(ProcessHandle.current().pid()));
    defaults.put("_runtime_version", Runtime.version().toString());
    return Collections.unmodifiableMap(defaults);
  }
}
