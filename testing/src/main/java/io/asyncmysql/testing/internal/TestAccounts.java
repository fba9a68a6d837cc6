package io.asyncmysql.testing.internal;

import io.asyncmysql.testing.Flavour;
import io.asyncmysql.testing.TestAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts every server this module starts is given, and the SQL that creates them: one per
 * authentication plugin the flavour offers, one that requires TLS, one with an empty password, and
 * an administrative {@code root} reachable over TCP without a password.
 */
final class TestAccounts {
  /** The default database every started server has. */
  static final String DATABASE = "asyncmysql";

  private TestAccounts() {}

  static List<TestAccount> of(Flavour flavour) {
    return switch (flavour) {
      case MARIADB ->
          List.of(
              new TestAccount("am_native", "native-secret", TestAccount.NATIVE_PASSWORD, false),
              new TestAccount("am_ed25519", "ed25519-secret", TestAccount.ED25519, false),
              new TestAccount("am_tls", "tls-secret", TestAccount.NATIVE_PASSWORD, true),
              new TestAccount("am_nopw", "", TestAccount.NATIVE_PASSWORD, false));
      case MYSQL ->
          List.of(
              new TestAccount("am_caching", "caching-secret", TestAccount.CACHING_SHA2_PASSWORD, false),
              new TestAccount("am_sha256", "sha256-secret", TestAccount.SHA256_PASSWORD, false),
              new TestAccount("am_tls", "tls-secret", TestAccount.CACHING_SHA2_PASSWORD, true),
              new TestAccount("am_nopw", "", TestAccount.CACHING_SHA2_PASSWORD, false));
    };
  }

  /** The statements that set a fresh server up, run once by {@code --init-file} or an init script. */
  static List<String> setupStatements(Flavour flavour, String adminHost) {
    List<String> sql = new ArrayList<>();
    sql.add("CREATE USER IF NOT EXISTS 'root'@'" + adminHost + "' IDENTIFIED BY ''");
    sql.add("GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + adminHost + "' WITH GRANT OPTION");
    sql.add("CREATE DATABASE IF NOT EXISTS " + DATABASE);
    if (flavour == Flavour.MARIADB) {
      sql.add("INSTALL SONAME 'auth_ed25519'");
    }
    for (TestAccount account : of(flavour)) {
      sql.add("CREATE USER '" + account.user() + "'@'%' " + identification(flavour, account)
          + (account.requiresTls() ? " REQUIRE SSL" : ""));
      sql.add("GRANT ALL PRIVILEGES ON *.* TO '" + account.user() + "'@'%'");
    }
    return sql;
  }

  private static String identification(Flavour flavour, TestAccount account) {
    if (account.password().isEmpty()) {
      return flavour == Flavour.MARIADB ? "IDENTIFIED BY ''" : "IDENTIFIED WITH " + account.plugin() + " BY ''";
    }
    if (flavour == Flavour.MARIADB) {
      return "IDENTIFIED VIA " + account.plugin() + " USING PASSWORD('" + account.password() + "')";
    }
    return "IDENTIFIED WITH " + account.plugin() + " BY '" + account.password() + "'";
  }
}
