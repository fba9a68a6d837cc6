package io.asyncmysql.driver;

import static io.asyncmysql.driver.MySqlConnectOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionUrlTest {
  @ParameterizedTest
  @ValueSource(strings = {"mysql", "mariadb", "jdbc:mysql", "jdbc:mariadb", "jdbc:asyncmysql", "JDBC:MySQL"})
  void acceptsEverySchemeSpelling(String scheme) {
    MySqlConnectOptions o = MySqlConnectOptions.parse(scheme + "://app:pw@db.example.com:3307/shop");
    assertEquals(List.of(new HostAndPort("db.example.com", 3307)), o.hosts());
    assertEquals("app", o.user());
    assertEquals("pw", o.password());
    assertEquals("shop", o.database());
  }

  @Test
  void rejectsOtherSchemes() {
    assertMessage(
        "scheme: postgresql: (expected: one of [mysql://, mariadb://, jdbc:mysql://, jdbc:mariadb://, jdbc:asyncmysql://])",
        () -> ConnectionUrl.parse("postgresql://app@db/shop"));
  }

  @Test
  void thePortDefaultsTo3306AndTheDatabaseToNone() {
    MySqlConnectOptions o = MySqlConnectOptions.parse("mysql://app@db");
    assertEquals(List.of(new HostAndPort("db", 3306)), o.hosts());
    assertNull(o.password());
    assertNull(o.database());
    assertNull(MySqlConnectOptions.parse("mysql://app@db/").database());
  }

  @Test
  void readsSeveralHostsInOrder() {
    assertEquals(
        List.of(new HostAndPort("a", 3306), new HostAndPort("b", 3307), new HostAndPort("10.0.0.3", 3306)),
        MySqlConnectOptions.parse("jdbc:mysql://app@a,b:3307,10.0.0.3/shop").hosts());
  }

  @Test
  void readsIpv6HostsInBrackets() {
    assertEquals(
        List.of(new HostAndPort("::1", 3306), new HostAndPort("fe80::1", 3307)),
        MySqlConnectOptions.parse("mysql://app@[::1],[fe80::1]:3307").hosts());
    assertEquals("[fe80::1]:3307", new HostAndPort("fe80::1", 3307).toString());
  }

  @Test
  void rejectsMalformedHosts() {
    assertMessage("host: ::1 (expected: an IPv6 address in brackets, e.g. [::1]:3306)", () -> ConnectionUrl.parse("mysql://::1/db"));
    assertMessage("host: [::1 (expected: [IPv6 address] or [IPv6 address]:port)", () -> ConnectionUrl.parse("mysql://[::1/db"));
    assertMessage("host: ':1' (expected: a host name or IP address)", () -> ConnectionUrl.parse("mysql://b,a:1,:1/db"));
    assertMessage("port: 'x' (expected: an integer from 1 to 65535)", () -> ConnectionUrl.parse("mysql://a:x/db"));
    assertMessage("port: '65536' (expected: an integer from 1 to 65535)", () -> ConnectionUrl.parse("mysql://a:65536/db"));
    assertMessage("port: '' (expected: an integer from 1 to 65535)", () -> ConnectionUrl.parse("mysql://a:/db"));
  }

  @Test
  void aUrlWithoutHostsKeepsTheDefaultHost() {
    MySqlConnectOptions o = MySqlConnectOptions.parse("mysql:///shop?user=app&socket=/run/mysqld/mysqld.sock");
    assertEquals(List.of(HostAndPort.of("localhost")), o.hosts());
    assertEquals("/run/mysqld/mysqld.sock", o.unixSocket().toString());
  }

  @Test
  void percentDecodesTheUserPasswordDatabaseAndValues() {
    MySqlConnectOptions o =
        MySqlConnectOptions.parse("mysql://us%40er:p%40ss%3Aw%2Frd+%25@db/my%20db?connectionAttributes=team:caf%C3%A9");
    assertEquals("us@er", o.user());
    assertEquals("p@ss:w/rd+%", o.password());
    assertEquals("my db", o.database());
    assertEquals("café", o.connectionAttributes().get("team"));
  }

  @Test
  void anUnencodedAtSignInThePasswordStillEndsAtTheLastOne() {
    assertEquals("p@ss", MySqlConnectOptions.parse("mysql://app:p@ss@db").password());
  }

  @Test
  void rejectsMalformedPercentEncodingWithoutShowingThePassword() {
    assertMessage("password: *** (expected: valid percent-encoded UTF-8)", () -> ConnectionUrl.parse("mysql://app:s3cr%zz@db"));
    assertMessage("user: a%C3 (expected: valid percent-encoded UTF-8)", () -> ConnectionUrl.parse("mysql://a%C3@db"));
    assertMessage("database: d%2 (expected: valid percent-encoded UTF-8)", () -> ConnectionUrl.parse("mysql://a@db/d%2"));
  }

  @Test
  void theUserAndPasswordMayBeParameters() {
    MySqlConnectOptions o = MySqlConnectOptions.parse("jdbc:mysql://db/shop?user=app&password=p%26w");
    assertEquals("app", o.user());
    assertEquals("p&w", o.password());
  }

  @Test
  void aParameterGivenTwiceIsAnError() {
    assertMessage("parameter: user (expected: given once)", () -> ConnectionUrl.parse("mysql://app@db?user=other"));
    assertMessage("parameter: sslMode (expected: given once)", () -> ConnectionUrl.parse("mysql://db?sslMode=REQUIRED&sslMode=DISABLED"));
  }

  @Test
  void aParameterNeedsAValue() {
    assertMessage("parameter: useSSL (expected: name=value)", () -> ConnectionUrl.parse("mysql://db?useSSL"));
    assertMessage("parameter: =1 (expected: name=value)", () -> ConnectionUrl.parse("mysql://db?=1"));
  }

  @Test
  void keepsParametersInUrlOrderAndSkipsEmptyPairs() {
    ConnectionUrl url = ConnectionUrl.parse("mysql://app:pw@db?b=2&&a=1&");
    assertEquals(List.of("user", "password", "b", "a"), List.copyOf(url.parameters().keySet()));
  }

  @Test
  void toStringMasksThePassword() {
    String text = ConnectionUrl.parse("mysql://app:s3cr3t@db").toString();
    assertFalse(text.contains("s3cr3t"), text);
    assertEquals("ConnectionUrl[hosts=[db:3306], database=null, parameters={user=app, password=***}]", text);
  }

  @Test
  void unrecognisedParametersAreLeftForTheCaller() {
    MySqlConnectOptions.Builder builder = MySqlConnectOptions.builder();
    Map<String, String> rest =
        ConnectParameters.apply(ConnectionUrl.parse("mysql://app@db?maxSize=8&sslMode=REQUIRED&idleTimeout=1m"), builder);
    assertEquals(Map.of("maxSize", "8", "idleTimeout", "1m"), rest);
    assertEquals(SslMode.REQUIRED, builder.build().sslMode());
  }
}
