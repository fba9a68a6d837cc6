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
  @EnumSource(value = Transport.class, names = {"VERIFIED_TLS", "UNIX_SOCKET"})
  void aTransportThatAuthenticatesTheServerSendsPasswordAndNulWhenAllowed(Transport transport) {
    AuthPlugin plugin = new MysqlClearPassword(allowed("pässwörd", transport));

    assertArrayEquals("pässwörd\0".getBytes(UTF_8), plugin.initialResponse(new byte[0]));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void nothingIsSentUnlessAllowed(Transport transport) {
    AuthPlugin plugin = new MysqlClearPassword(AuthOptions.of("secret".getBytes(UTF_8), transport));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> plugin.initialResponse(new byte[0]));

    assertEquals("mysql_clear_password", e.pluginName());
    assertEquals(
        "mysql_clear_password over " + transport + ": refused to send the password in clear (expected:"
            + " allowCleartextPassword=true)",
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = Transport.class, names = {"TCP", "TLS"})
  void plainTcpAndUnverifiedTlsAreRefusedEvenWhenAllowed(Transport transport) {
    AuthPlugin plugin = new MysqlClearPassword(allowed("secret", transport));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> plugin.initialResponse(new byte[21]));

    assertEquals(
        "mysql_clear_password over " + transport + ": refused to send the password in clear (expected: TLS with a"
            + " verified server certificate, or a unix socket)",
        e.getMessage());
  }

  @Test
  void emptyPasswordIsOneNulByte() {
    AuthPlugin plugin = new MysqlClearPassword(allowed("", Transport.VERIFIED_TLS));

    assertArrayEquals(new byte[] {0}, plugin.initialResponse(new byte[0]));
  }

  @Test
  void rejectsAuthMoreData() {
    AuthPlugin plugin = new MysqlClearPassword(allowed("secret", Transport.UNIX_SOCKET));
    plugin.initialResponse(new byte[0]);

    ProtocolException e = assertThrows(ProtocolException.class, () -> plugin.onMoreData(new byte[3]));

    assertEquals("mysql_clear_password AuthMoreData after the password: 3 bytes (expected: OK or ERR)", e.getMessage());
  }

  private static AuthOptions allowed(String password, Transport transport) {
    return AuthOptions.of(password.getBytes(UTF_8), transport).withAllowCleartextPassword(true);
  }
}
