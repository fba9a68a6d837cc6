package io.asyncmysql.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.protocol.ProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MysqlClearPasswordTest {
  @ParameterizedTest
  @EnumSource(value = Transport.class, names = {"TLS", "UNIX_SOCKET"})
  void secureTransportSendsPasswordAndNul(Transport transport) {
    AuthPlugin plugin = new MysqlClearPassword(AuthOptions.of("pässwörd".getBytes(UTF_8), transport));

    assertArrayEquals("pässwörd\0".getBytes(UTF_8), plugin.initialResponse(new byte[0]));
  }

  @Test
  void plainTcpIsRefused() {
    AuthPlugin plugin = new MysqlClearPassword(AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> plugin.initialResponse(new byte[0]));

    assertEquals("mysql_clear_password", e.pluginName());
    assertEquals(
        "mysql_clear_password over TCP: refused to send the password in clear (expected: TLS, a unix socket, or"
            + " allowCleartextPassword=true)",
        e.getMessage());
  }

  @Test
  void plainTcpWhenExplicitlyAllowed() {
    AuthOptions options = AuthOptions.of("secret".getBytes(UTF_8), Transport.TCP).withAllowCleartextPassword(true);

    assertArrayEquals("secret\0".getBytes(UTF_8), new MysqlClearPassword(options).initialResponse(new byte[21]));
  }

  @Test
  void emptyPasswordIsOneNulByte() {
    AuthPlugin plugin = new MysqlClearPassword(AuthOptions.of(new byte[0], Transport.TLS));

    assertArrayEquals(new byte[] {0}, plugin.initialResponse(new byte[0]));
  }

  @Test
  void rejectsAuthMoreData() {
    AuthPlugin plugin = new MysqlClearPassword(AuthOptions.of("secret".getBytes(UTF_8), Transport.TLS));
    plugin.initialResponse(new byte[0]);

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[3]));

    assertEquals("mysql_clear_password AuthMoreData after the password: 3 bytes (expected: OK or ERR)", e.getMessage());
  }
}
