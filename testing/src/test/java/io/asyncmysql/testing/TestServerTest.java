package io.asyncmysql.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestServerTest {
  private final TestAccount caching = new TestAccount("am caching", "p@ss:w/rd", TestAccount.CACHING_SHA2_PASSWORD, false);
  private final TestAccount tls = new TestAccount("am_tls", "tls", TestAccount.CACHING_SHA2_PASSWORD, true);
  private final TestAccount empty = new TestAccount("am_nopw", "", TestAccount.CACHING_SHA2_PASSWORD, false);
  private final TestServer server =
      new TestServer("127.0.0.1", 33061, Path.of("/tmp/s.sock"), "root", "", "shop", Flavour.MYSQL, "9.7.4", null,
          List.of(caching, tls, empty));

  @Test
  void urlCarriesAccountAndDatabase() {
    assertEquals("mysql://root@127.0.0.1:33061/shop", server.url());
    assertEquals("mysql://am%20caching:p%40ss%3Aw%2Frd@127.0.0.1:33061/shop", server.as(caching).url());
  }

  @Test
  void jdbcUrlCarriesCredentialsAsParameters() {
    assertEquals("jdbc:mysql://127.0.0.1:33061/shop?user=root", server.jdbcUrl());
    assertEquals("jdbc:mysql://127.0.0.1:33061/?user=am_tls&password=tls", server.as(tls).withDatabase(null).jdbcUrl());
  }

  @Test
  void ipv6HostsAreBracketed() {
    TestServer v6 = new TestServer("::1", 3306, null, "u", "", null, Flavour.MARIADB, "10.11", null, List.of());
    assertEquals("mysql://u@[::1]:3306/", v6.url());
  }

  @Test
  void accountsAreFoundByPurpose() {
    assertEquals(caching, server.account(TestAccount.CACHING_SHA2_PASSWORD).orElseThrow());
    assertEquals(tls, server.accountRequiringTls().orElseThrow());
    assertEquals(empty, server.accountWithoutPassword().orElseThrow());
    assertFalse(server.account(TestAccount.ED25519).isPresent());
    assertTrue(server.caCertificate().isEmpty());
  }

  @Test
  void accountToStringHidesThePassword() {
    assertFalse(caching.toString().contains("p@ss"));
  }

  @Test
  void flavourIsReadFromTheVersionString() {
    assertEquals(Flavour.MARIADB, Flavour.ofVersion("10.11.19-MariaDB-0+deb12u1"));
    assertEquals(Flavour.MYSQL, Flavour.ofVersion("9.7.4-2"));
    assertEquals(Flavour.MYSQL, Flavour.parse(" MySQL "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Flavour.parse("postgres"));
    assertEquals("flavour: postgres (expected: mysql or mariadb)", e.getMessage());
  }
}
