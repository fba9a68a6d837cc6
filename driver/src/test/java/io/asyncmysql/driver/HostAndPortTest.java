package io.asyncmysql.driver;

import static io.asyncmysql.driver.MySqlConnectOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HostAndPortTest {
  @Test
  void printsIpv6InBrackets() {
    assertEquals("db:3306", HostAndPort.of("db").toString());
    assertEquals("[::1]:3307", new HostAndPort("::1", 3307).toString());
  }

  @Test
  void rejectsBlankOrBracketedHostsAndPortsOutOfRange() {
    assertMessage("host: ' ' (expected: a host name or IP address, IPv6 without brackets)", () -> HostAndPort.of(" "));
    assertMessage("host: '[::1]' (expected: a host name or IP address, IPv6 without brackets)", () -> HostAndPort.of("[::1]"));
    assertMessage("port: 65536 (expected: an integer from 1 to 65535)", () -> new HostAndPort("db", 65536));
  }
}
