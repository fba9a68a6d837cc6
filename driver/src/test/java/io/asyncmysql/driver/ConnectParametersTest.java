package io.asyncmysql.driver;

import static io.asyncmysql.driver.MySqlConnectOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConnectParametersTest {
  @Test
  void readsEveryParameter() {
    MySqlConnectOptions o =
        parse(
            "sslMode=verify_identity&sslCa=/tls/ca.pem&sslCert=/tls/cert.pem&sslKey=/tls/key.pem"
                + "&allowPublicKeyRetrieval=true&serverRsaPublicKeyFile=/tls/rsa.pem&allowCleartextPassword=TRUE"
                + "&authPlugins=caching_sha2_password,client_ed25519&allowLocalInfile=true&localInfileDirectory=/data"
                + "&allowMultiQueries=true&connectTimeout=2s&queryTimeout=PT1M&unixSocket=/run/mysqld.sock"
                + "&charset=latin1&collation=latin1_bin&sessionTimeZone=Europe/Berlin&connectionAttributes=team:db,app:"
                + "&preparedStatementCacheSize=0&pipeliningLimit=1&zeroDateBehavior=round&useAffectedRows=true&rewriteBatches=false"
                + "&tcpKeepAlive=false&tcpNoDelay=false");
    assertEquals(SslMode.VERIFY_IDENTITY, o.sslMode());
    assertEquals(Path.of("/tls/ca.pem"), o.sslCa());
    assertEquals(Path.of("/tls/cert.pem"), o.sslCert());
    assertEquals(Path.of("/tls/key.pem"), o.sslKey());
    assertTrue(o.allowPublicKeyRetrieval());
    assertEquals(Path.of("/tls/rsa.pem"), o.serverRsaPublicKeyFile());
    assertTrue(o.allowCleartextPassword());
    assertEquals(List.of("caching_sha2_password", "client_ed25519"), List.copyOf(o.authPlugins()));
    assertTrue(o.allowLocalInfile());
    assertEquals(Path.of("/data"), o.localInfileDirectory());
    assertTrue(o.allowMultiQueries());
    assertEquals(Duration.ofSeconds(2), o.connectTimeout());
    assertEquals(Duration.ofMinutes(1), o.queryTimeout());
    assertEquals(Path.of("/run/mysqld.sock"), o.unixSocket());
    assertEquals("latin1", o.charset());
    assertEquals("latin1_bin", o.collation());
    assertEquals(ZoneId.of("Europe/Berlin"), o.sessionTimeZone());
    assertEquals("db", o.connectionAttributes().get("team"));
    assertEquals("", o.connectionAttributes().get("app"));
    assertEquals(0, o.preparedStatementCacheSize());
    assertEquals(1, o.pipeliningLimit());
    assertEquals(ZeroDateBehavior.ROUND, o.zeroDateBehavior());
    assertTrue(o.useAffectedRows());
    assertFalse(o.rewriteBatches());
    assertFalse(o.tcpKeepAlive());
    assertFalse(o.tcpNoDelay());
  }

  @Test
  void socketIsAnotherNameForUnixSocket() {
    assertEquals(Path.of("/tmp/mysql.sock"), parse("socket=/tmp/mysql.sock").unixSocket());
    assertMessage(
        "parameter: socket (expected: given once, socket being another name for unixSocket)",
        () -> parse("socket=/a&unixSocket=/b"));
  }

  @Test
  void readsEveryDurationSpelling() {
    assertEquals(Duration.ofMillis(5000), parse("connectTimeout=5000").connectTimeout());
    assertEquals(Duration.ofMillis(250), parse("connectTimeout=250ms").connectTimeout());
    assertEquals(Duration.ofSeconds(5), parse("connectTimeout=5s").connectTimeout());
    assertEquals(Duration.ofMinutes(2), parse("connectTimeout=2m").connectTimeout());
    assertEquals(Duration.ofHours(1), parse("connectTimeout=1h").connectTimeout());
    assertEquals(Duration.ofSeconds(5), parse("connectTimeout=PT5S").connectTimeout());
    assertNull(parse("queryTimeout=0").queryTimeout());
  }

  @Test
  void readsTheSessionTimeZone() {
    assertNull(parse("sessionTimeZone=SERVER").sessionTimeZone());
    assertEquals(ZoneOffset.UTC, parse("sessionTimeZone=Z").sessionTimeZone());
    assertEquals(ZoneOffset.ofHours(2), parse("sessionTimeZone=+02:00").sessionTimeZone());
  }

  @Test
  void anEmptyAuthPluginListAllowsEveryPlugin() {
    assertEquals(Set.of(), parse("authPlugins=").authPlugins());
  }

  @Test
  void reportsEveryBadValueWithWhatWasExpected() {
    assertMessage(
        "sslMode: FOO (expected: one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY)",
        () -> parse("sslMode=FOO"));
    assertMessage("zeroDateBehavior: zero (expected: one of EXCEPTION, NULL, ROUND)", () -> parse("zeroDateBehavior=zero"));
    assertMessage("allowMultiQueries: yes (expected: true or false)", () -> parse("allowMultiQueries=yes"));
    for (String flag :
        List.of(
            "allowPublicKeyRetrieval", "allowCleartextPassword", "allowLocalInfile", "useAffectedRows", "rewriteBatches", "tcpKeepAlive", "tcpNoDelay")) {
      assertMessage(flag + ": 1 (expected: true or false)", () -> parse(flag + "=1"));
    }
    assertMessage(
        "connectTimeout: 5x (expected: a duration such as 5000 (milliseconds), 250ms, 5s, 2m, 1h or PT5S)",
        () -> parse("connectTimeout=5x"));
    assertMessage(
        "queryTimeout: -PT1S (expected: a duration such as 5000 (milliseconds), 250ms, 5s, 2m, 1h or PT5S)",
        () -> parse("queryTimeout=-PT1S"));
    assertMessage("connectTimeout: PT0S (expected: a positive duration)", () -> parse("connectTimeout=0"));
    assertMessage("preparedStatementCacheSize: -1 (expected: an integer >= 0)", () -> parse("preparedStatementCacheSize=-1"));
    assertMessage("preparedStatementCacheSize: many (expected: an integer >= 0)", () -> parse("preparedStatementCacheSize=many"));
    assertMessage("pipeliningLimit: 0 (expected: an integer >= 1)", () -> parse("pipeliningLimit=0"));
    assertMessage("sslCa: '' (expected: a file path)", () -> parse("sslMode=VERIFY_CA&sslCa="));
    assertMessage("unixSocket: 'a\u0000b' (expected: a file path)", () -> parse("unixSocket=a%00b"));
    assertMessage(
        "sessionTimeZone: Mars/Base (expected: SERVER or a zone id such as UTC, +02:00 or Europe/Berlin)",
        () -> parse("sessionTimeZone=Mars/Base"));
    assertMessage("connectionAttributes: team (expected: name:value,name:value)", () -> parse("connectionAttributes=team"));
    assertMessage("collation: 'utf8 bin' (expected: a MySQL collation name)", () -> parse("collation=utf8%20bin"));
    assertMessage("authPlugins: '' (expected: plugin names such as caching_sha2_password)", () -> parse("authPlugins=a,,b"));
  }

  @Test
  void anUnknownParameterIsNamedWithEveryKnownOne() {
    String message = assertMessageStartsWith("unknown parameter: useSSL (expected: one of ", () -> parse("useSSL=true"));
    assertTrue(message.contains("allowCleartextPassword, allowLocalInfile, allowMultiQueries,"), message);
    assertTrue(message.endsWith("tcpKeepAlive, tcpNoDelay, unixSocket, useAffectedRows, user, zeroDateBehavior)"), message);
  }

  @Test
  void parameterNamesAreCaseSensitive() {
    assertMessageStartsWith("unknown parameter: sslmode (expected: ", () -> parse("sslmode=REQUIRED"));
  }

  @Test
  void theCallerMayListItsOwnParametersAsKnown() {
    String message =
        assertMessageStartsWith(
            "unknown parameter: maxSise (expected: one of ",
            () -> ConnectParameters.rejectUnknown(Map.of("maxSise", "8"), List.of("maxSize")));
    assertTrue(message.contains(", maxSize, "), message);
  }

  @Test
  void contradictionsAcrossParametersAreReported() {
    assertMessage("sslKey: /k.pem (expected: together with sslCert)", () -> parse("sslKey=/k.pem"));
    assertMessage("user: null (expected: a user name)", () -> MySqlConnectOptions.parse("mysql://db"));
  }

  private static MySqlConnectOptions parse(String query) {
    return MySqlConnectOptions.parse("mysql://app@db/shop?" + query);
  }

  private static String assertMessageStartsWith(String prefix, Executable executable) {
    String message =
        assertThrows(IllegalArgumentException.class, executable).getMessage();
    assertTrue(message.startsWith(prefix), message);
    return message;
  }
}
