package io.asyncmysql.protocol;

import static io.asyncmysql.protocol.Capabilities.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.protocol.Capabilities.Wishes;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {
  private static final long EVERYTHING = -1L;
  private static final Wishes NOTHING_EXTRA = new Wishes(false, false, false, false, false, false);
  private static final long ALWAYS =
      LONG_PASSWORD
          | LONG_FLAG
          | PROTOCOL_41
          | TRANSACTIONS
          | SECURE_CONNECTION
          | MULTI_RESULTS
          | PS_MULTI_RESULTS
          | PLUGIN_AUTH
          | PLUGIN_AUTH_LENENC_CLIENT_DATA
          | SESSION_TRACK
          | DEPRECATE_EOF;

  @Test
  void flagsHaveTheirProtocolValues() {
    assertEquals(0x00000001L, LONG_PASSWORD);
    assertEquals(0x00000008L, CONNECT_WITH_DB);
    assertEquals(0x00000080L, LOCAL_FILES);
    assertEquals(0x00000200L, PROTOCOL_41);
    assertEquals(0x00000800L, SSL);
    assertEquals(0x00002000L, TRANSACTIONS);
    assertEquals(0x00008000L, SECURE_CONNECTION);
    assertEquals(0x00010000L, MULTI_STATEMENTS);
    assertEquals(0x00080000L, PLUGIN_AUTH);
    assertEquals(0x00100000L, CONNECT_ATTRS);
    assertEquals(0x00200000L, PLUGIN_AUTH_LENENC_CLIENT_DATA);
    assertEquals(0x00800000L, SESSION_TRACK);
    assertEquals(0x01000000L, DEPRECATE_EOF);
    assertEquals(0x08000000L, QUERY_ATTRIBUTES);
    assertEquals(0x80000000L, REMEMBER_OPTIONS);
    assertEquals(0x1_00000000L, MARIADB_PROGRESS);
    assertEquals(0x2_00000000L, MARIADB_COM_MULTI);
    assertEquals(0x4_00000000L, MARIADB_STMT_BULK_OPERATIONS);
    assertEquals(0x8_00000000L, MARIADB_EXTENDED_TYPE_INFO);
    assertEquals(0x10_00000000L, MARIADB_CACHE_METADATA);
  }

  @Test
  void alwaysRequestsTheBaseFlagsTheServerOffers() {
    assertEquals(ALWAYS, negotiate(EVERYTHING, NOTHING_EXTRA));
  }

  @Test
  void requestsOptionalFlagsOnlyWhenWished() {
    assertEquals(ALWAYS | CONNECT_WITH_DB, negotiate(EVERYTHING, new Wishes(true, false, false, false, false, false)));
    assertEquals(ALWAYS | SSL, negotiate(EVERYTHING, new Wishes(false, true, false, false, false, false)));
    assertEquals(ALWAYS | MULTI_STATEMENTS, negotiate(EVERYTHING, new Wishes(false, false, true, false, false, false)));
    assertEquals(ALWAYS | LOCAL_FILES, negotiate(EVERYTHING, new Wishes(false, false, false, true, false, false)));
    assertEquals(ALWAYS | CONNECT_ATTRS, negotiate(EVERYTHING, new Wishes(false, false, false, false, true, false)));
  }

  @Test
  void requestsMariaDbExtensionsOnlyFromMariaDb() {
    long mariaDb = EVERYTHING & ~LONG_PASSWORD;
    assertEquals(
        ALWAYS & ~LONG_PASSWORD | MARIADB_STMT_BULK_OPERATIONS | MARIADB_EXTENDED_TYPE_INFO,
        negotiate(mariaDb, new Wishes(false, false, false, false, false, true)));
    assertEquals(ALWAYS, negotiate(EVERYTHING, NOTHING_EXTRA));
  }

  @Test
  void neverRequestsWhatItDoesNotSpeak() {
    long all = negotiate(EVERYTHING, new Wishes(true, true, true, true, true, true));
    long unwanted =
        COMPRESS
            | ZSTD_COMPRESSION_ALGORITHM
            | QUERY_ATTRIBUTES
            | OPTIONAL_RESULTSET_METADATA
            | MULTI_FACTOR_AUTHENTICATION
            | FOUND_ROWS
            | INTERACTIVE
            | MARIADB_PROGRESS
            | MARIADB_COM_MULTI
            | MARIADB_CACHE_METADATA
            | MARIADB_BULK_UNIT_RESULTS;
    assertEquals(0, all & unwanted);
  }

  @Test
  void resultIsLimitedToWhatTheServerOffers() {
    long offered = PROTOCOL_41 | SECURE_CONNECTION | TRANSACTIONS | LOCAL_FILES | COMPRESS;
    long negotiated = negotiate(offered, new Wishes(true, true, true, true, true, true));
    assertEquals(PROTOCOL_41 | SECURE_CONNECTION | TRANSACTIONS | LOCAL_FILES, negotiated);
    assertTrue((negotiated & ~offered) == 0);
  }

  @Test
  void serverWithoutProtocol41IsRefused() {
    ProtocolException e =
        assertThrows(ProtocolException.class, () -> negotiate(EVERYTHING & ~PROTOCOL_41, NOTHING_EXTRA));
    assertTrue(e.getMessage().contains("CLIENT_PROTOCOL_41"), e.getMessage());
  }
}
