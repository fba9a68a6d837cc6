package io.asyncmysql.testing;

import java.util.Locale;

/** The kind of server a {@link TestServer} is. */
public enum Flavour {
  /** Oracle MySQL (5.7, 8.x, 9.x). */
  MYSQL,
  /** MariaDB (10.x, 11.x). */
  MARIADB;

  /** The flavour a server version string names: MariaDB's contain {@code MariaDB}. */
  public static Flavour ofVersion(String version) {
    return version.toLowerCase(Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
  }

  /**
   * Parses {@code mysql} or {@code mariadb}, any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Flavour parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "mysql" -> MYSQL;
      case "mariadb" -> MARIADB;
      default -> throw new IllegalArgumentException("flavour: " + name + " (expected: mysql or mariadb)");
    };
  }

  /** The lower-case name used in properties and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
