package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MySqlConnectOptionsTest {
  @Test
  void defaults() {
    MySqlConnectOptions o = MySqlConnectOptions.builder().user("app").build();
    assertEquals(List.of(new HostAndPort("localhost", 3306)), o.hosts());
    assertEquals("localhost", o.host());
    assertEquals(3306, o.port());
    assertNull(o.unixSocket());
    assertEquals("app", o.user());
    assertNull(o.password());
    assertNull(o.database());
    assertEquals(SslMode.PREFERRED, o.sslMode());
    assertNull(o.sslCa());
    assertNull(o.sslCert());
    assertNull(o.sslKey());
    assertFalse(o.allowPublicKeyRetrieval());
    assertNull(o.serverRsaPublicKeyFile());
    assertFalse(o.allowCleartextPassword());
    assertEquals(Set.of(), o.authPlugins());
    assertFalse(o.allowLocalInfile());
    assertNull(o.localInfileDirectory());
    assertFalse(o.allowMultiQueries());
    assertEquals(Duration.ofSeconds(10), o.connectTimeout());
    assertNull(o.queryTimeout());
    assertEquals("utf8mb4", o.charset());
    assertNull(o.collation());
    assertNull(o.sessionTimeZone());
    assertEquals(256, o.preparedStatementCacheSize());
    assertEquals(256, o.pipeliningLimit());
    assertEquals(ZeroDateBehavior.EXCEPTION, o.zeroDateBehavior());
    assertFalse(o.useAffectedRows());
    assertTrue(o.tcpKeepAlive());
    assertTrue(o.tcpNoDelay());
    assertNull(o.executor());
  }

  @Test
  void theDriverSendsItsOwnConnectionAttributesFirst() {
    Map<String, String> attributes =
        MySqlConnectOptions.builder().user("app").connectionAttributes(Map.of("service", "billing")).build().connectionAttributes();
    assertEquals(
        List.of("_client_name", "_client_version", "_os", "_pid", "_runtime_version", "service"),
        List.copyOf(attributes.keySet()));
    assertEquals("asyncmysql", attributes.get("_client_name"));
    assertEquals(Long.toString(ProcessHandle.current().pid()), attributes.get("_pid"));
    assertEquals("billing", attributes.get("service"));
  }

  @Test
  void reservedConnectionAttributeNamesAreRejected() {
    assertMessage(
        "connectionAttributes: '_client_name' (expected: a name not empty and not starting with '_')",
        () -> MySqlConnectOptions.builder().connectionAttributes(Map.of("_client_name", "spoof")));
  }

  @Test
  void theCharsetFollowsTheCollationUnlessGiven() {
    assertEquals("latin1", build(b -> b.collation("latin1_swedish_ci")).charset());
    assertEquals("binary", build(b -> b.collation("binary")).charset());
    assertEquals("utf8mb4", build(b -> b.charset("UTF8MB4").collation("utf8mb4_bin")).charset());
    assertMessage(
        "collation: latin1_swedish_ci (expected: a collation of charset utf8mb4)",
        () -> build(b -> b.charset("utf8mb4").collation("latin1_swedish_ci")));
    assertMessage("charset: 'utf-8' (expected: a MySQL charset name)", () -> MySqlConnectOptions.builder().charset("utf-8"));
  }

  @Test
  void aZeroQueryTimeoutMeansNone() {
    assertNull(build(b -> b.queryTimeout(Duration.ZERO)).queryTimeout());
    assertEquals(Duration.ofSeconds(3), build(b -> b.queryTimeout(Duration.ofSeconds(3))).queryTimeout());
  }

  @Test
  void settersRejectBadValues() {
    MySqlConnectOptions.Builder b = MySqlConnectOptions.builder();
    assertMessage("connectTimeout: PT0S (expected: a positive duration)", () -> b.connectTimeout(Duration.ZERO));
    assertMessage("queryTimeout: PT-1S (expected: zero or a positive duration)", () -> b.queryTimeout(Duration.ofSeconds(-1)));
    assertMessage("preparedStatementCacheSize: -1 (expected: an integer >= 0)", () -> b.preparedStatementCacheSize(-1));
    assertMessage("pipeliningLimit: 0 (expected: an integer >= 1)", () -> b.pipeliningLimit(0));
    assertMessage("hosts: [] (expected: at least one address)", () -> b.hosts(List.of()));
    assertMessage("port: 0 (expected: an integer from 1 to 65535)", () -> b.host("db", 0));
    assertMessage("database: '' (expected: a database name, or null for none)", () -> b.database(""));
    assertMessage("authPlugins: 'a b' (expected: plugin names such as caching_sha2_password)", () -> b.authPlugins(List.of("a b")));
    assertThrows(NullPointerException.class, () -> b.sslMode(null));
    assertThrows(NullPointerException.class, () -> b.user(null));
  }

  @Test
  void buildRejectsOptionsThatContradictEachOther() {
    assertMessage("user: null (expected: a user name)", () -> MySqlConnectOptions.builder().build());
    assertMessage(
        "sslCert: cert.pem (expected: together with sslKey)",
        () -> build(b -> b.sslMode(SslMode.REQUIRED).sslCert(Path.of("cert.pem"))));
    assertMessage("sslKey: key.pem (expected: together with sslCert)", () -> build(b -> b.sslKey(Path.of("key.pem"))));
    assertMessage(
        "sslCert: cert.pem (expected: an sslMode other than DISABLED)",
        () -> build(b -> b.sslMode(SslMode.DISABLED).sslCert(Path.of("cert.pem")).sslKey(Path.of("key.pem"))));
    assertMessage(
        "sslCa: ca.pem (expected: with sslMode VERIFY_CA or VERIFY_IDENTITY, not REQUIRED)",
        () -> build(b -> b.sslMode(SslMode.REQUIRED).sslCa(Path.of("ca.pem"))));
    assertMessage(
        "localInfileDirectory: /data (expected: with allowLocalInfile=true)",
        () -> build(b -> b.localInfileDirectory(Path.of("/data"))));
  }

  @Test
  void verifyingWithoutACaFileIsAllowed() {
    assertEquals(SslMode.VERIFY_IDENTITY, build(b -> b.sslMode(SslMode.VERIFY_IDENTITY)).sslMode());
  }

  @Test
  void toStringShowsEveryOptionButThePassword() {
    String text = build(b -> b.password("s3cr3t").database("shop").queryTimeout(Duration.ofMillis(250))).toString();
    assertFalse(text.contains("s3cr3t"), text);
    assertTrue(text.contains("password=***"), text);
    assertTrue(text.contains("hosts=[localhost:3306]"), text);
    assertTrue(text.contains("database=shop"), text);
    assertTrue(text.contains("queryTimeout=250ms"), text);
    assertTrue(text.contains("connectTimeout=10s"), text);
  }

  @Test
  void toBuilderRoundTripsEveryOption() {
    Executor executor = Runnable::run;
    MySqlConnectOptions all =
        MySqlConnectOptions.builder()
            .hosts(List.of(new HostAndPort("a", 3307), new HostAndPort("::1", 3308)))
            .unixSocket(Path.of("/run/mysqld.sock"))
            .user("app")
            .password("pw")
            .database("shop")
            .sslMode(SslMode.VERIFY_IDENTITY)
            .sslCa(Path.of("ca.pem"))
            .sslCert(Path.of("cert.pem"))
            .sslKey(Path.of("key.pem"))
            .allowPublicKeyRetrieval(true)
            .serverRsaPublicKeyFile(Path.of("rsa.pem"))
            .allowCleartextPassword(true)
            .authPlugins(List.of("caching_sha2_password", "mysql_native_password"))
            .allowLocalInfile(true)
            .localInfileDirectory(Path.of("/data"))
            .allowMultiQueries(true)
            .connectTimeout(Duration.ofSeconds(3))
            .queryTimeout(Duration.ofSeconds(30))
            .collation("utf8mb4_bin")
            .sessionTimeZone(ZoneId.of("Europe/Berlin"))
            .connectionAttributes(Map.of("service", "billing"))
            .preparedStatementCacheSize(0)
            .pipeliningLimit(1)
            .zeroDateBehavior(ZeroDateBehavior.ROUND)
            .useAffectedRows(true)
            .tcpKeepAlive(false)
            .tcpNoDelay(false)
            .executor(executor)
            .build();
    MySqlConnectOptions copy = all.toBuilder().build();
    assertEquals(all, copy);
    assertEquals(all.hashCode(), copy.hashCode());
    assertEquals(all.toString(), copy.toString());
    assertNotEquals(all, all.toBuilder().tcpNoDelay(true).build());
    assertNotEquals(all, all.toBuilder().password("other").build());
  }

  @Test
  void theHostListIsACopy() {
    List<HostAndPort> hosts = new ArrayList<>(List.of(HostAndPort.of("a")));
    MySqlConnectOptions options = build(b -> b.hosts(hosts));
    hosts.add(HostAndPort.of("b"));
    assertEquals(List.of(HostAndPort.of("a")), options.hosts());
  }

  static MySqlConnectOptions build(Consumer<MySqlConnectOptions.Builder> settings) {
    MySqlConnectOptions.Builder builder = MySqlConnectOptions.builder().user("app");
    settings.accept(builder);
    return builder.build();
  }

  static void assertMessage(String expected, Executable executable) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, executable).getMessage());
  }
}
