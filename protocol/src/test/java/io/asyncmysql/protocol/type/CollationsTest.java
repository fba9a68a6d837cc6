package io.asyncmysql.protocol.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Samples from {@code information_schema.COLLATIONS} of MySQL 8.0/9.x and from {@code
 * COLLATION_CHARACTER_SET_APPLICABILITY} of MariaDB 10.11.
 */
class CollationsTest {
  @Test
  void mysqlIds() {
    assertCollation(8, false, "latin1_swedish_ci", "latin1");
    assertCollation(33, false, "utf8mb3_general_ci", "utf8mb3");
    assertCollation(45, false, "utf8mb4_general_ci", "utf8mb4");
    assertCollation(63, false, "binary", "binary");
    assertCollation(76, false, "utf8mb3_tolower_ci", "utf8mb3");
    assertCollation(224, false, "utf8mb4_unicode_ci", "utf8mb4");
    assertCollation(245, false, "utf8mb4_croatian_ci", "utf8mb4");
    assertCollation(248, false, "gb18030_chinese_ci", "gb18030");
    assertCollation(255, false, "utf8mb4_0900_ai_ci", "utf8mb4");
    assertCollation(309, false, "utf8mb4_0900_bin", "utf8mb4");
    assertCollation(323, false, "utf8mb4_mn_cyrl_0900_as_cs", "utf8mb4");
  }

  @Test
  void mariaDbIds() {
    assertCollation(45, true, "utf8mb4_general_ci", "utf8mb4");
    assertCollation(245, true, "utf8mb4_croatian_mysql561_ci", "utf8mb4");
    assertCollation(608, true, "utf8mb4_croatian_ci", "utf8mb4");
    assertCollation(610, true, "utf8mb4_thai_520_w2", "utf8mb4");
    assertCollation(1125, true, "utf16_unicode_nopad_ci", "utf16");
    assertCollation(1270, true, "utf8mb4_unicode_520_nopad_ci", "utf8mb4");
    assertCollation(2048, true, "utf8mb3_uca1400_ai_ci", "utf8mb3");
    assertCollation(2304, true, "utf8mb4_uca1400_ai_ci", "utf8mb4");
    assertCollation(2311, true, "utf8mb4_uca1400_nopad_as_cs", "utf8mb4");
    assertCollation(2560, true, "ucs2_uca1400_ai_ci", "ucs2");
    assertCollation(2816, true, "utf16_uca1400_ai_ci", "utf16");
    assertCollation(3072, true, "utf32_uca1400_ai_ci", "utf32");
    assertCollation(3271, true, "utf32_uca1400_croatian_nopad_as_cs", "utf32");
  }

  @Test
  void idsOfOneFlavourAreFoundForTheOther() {
    assertEquals("utf8mb4_0900_ai_ci", Collations.byId(255, true).name());
    assertEquals("utf8mb4_uca1400_ai_ci", Collations.byId(2304, false).name());
  }

  @Test
  void unknownIds() {
    assertNull(Collations.byId(0, false));
    assertNull(Collations.byId(17, true));
    assertNull(Collations.byId(2048 + 21 * 8, true));
    assertNull(Collations.byId(2048 + 25 * 8, true));
    assertNull(Collations.byId(3328, true));
    assertNull(Collations.byId(-1, false));
    assertEquals(StandardCharsets.UTF_8, Collations.charset(9999));
  }

  @Test
  void namesAreLookedUpPerFlavour() {
    assertEquals(245, Collations.byName("utf8mb4_croatian_ci", false).id());
    assertEquals(608, Collations.byName("utf8mb4_croatian_ci", true).id());
    assertEquals(255, Collations.byName("UTF8MB4_0900_AI_CI", false).id());
    assertNull(Collations.byName("utf8mb4_0900_ai_ci", true));
    assertEquals(224, Collations.byName("utf8mb4_unicode_ci", true).id());
    assertEquals(33, Collations.byName("utf8_general_ci", false).id());
    assertEquals(2304, Collations.byName("utf8mb4_uca1400_ai_ci", true).id());
    assertNull(Collations.byName("klingon_ci", false));
  }

  @Test
  void defaultIsUtf8mb4AndFitsTheHandshake() {
    Collation collation = Collations.byId(Collations.DEFAULT, true);
    assertEquals("utf8mb4", collation.characterSet());
    assertEquals(collation, Collations.byId(Collations.DEFAULT, false));
    assertTrue(Collations.DEFAULT < 256);
    assertTrue(Collations.byId(Collation.BINARY_ID, false).isBinary());
  }

  @Test
  void charsetsOfIds() {
    assertEquals(StandardCharsets.UTF_8, Collations.charset(Collations.UTF8MB4_0900_AI_CI));
    assertEquals(StandardCharsets.UTF_8, Collations.charset(33));
    assertEquals(Charset.forName("windows-1252"), Collations.charset(8));
    assertEquals(StandardCharsets.ISO_8859_1, Collations.charset(63));
    assertEquals(StandardCharsets.UTF_16BE, Collations.charset(35));
    assertEquals(StandardCharsets.UTF_16LE, Collations.charset(56));
    assertEquals(Charset.forName("UTF-32BE"), Collations.charset(60));
    assertEquals(Charset.forName("GB18030"), Collations.charset(248));
    assertEquals(Charset.forName("windows-31j"), Collations.charset(95));
    assertEquals(Charset.forName("EUC-KR"), Collations.charset(19));
    assertEquals(StandardCharsets.UTF_8, Collations.charset(2304));
  }

  @Test
  void everyServerCharacterSetHasAJavaCharset() {
    String[] names = {
      "big5", "dec8", "cp850", "hp8", "koi8r", "latin1", "latin2", "swe7", "ascii", "ujis", "sjis", "hebrew",
      "tis620", "euckr", "koi8u", "gb2312", "greek", "cp1250", "gbk", "latin5", "armscii8", "utf8mb3", "ucs2",
      "cp866", "keybcs2", "macce", "macroman", "cp852", "latin7", "utf8mb4", "cp1251", "utf16", "utf16le",
      "cp1256", "cp1257", "utf32", "binary", "geostd8", "cp932", "eucjpms", "gb18030"
    };
    for (String name : names) {
      assertNotNull(Collations.charset(name), name);
    }
    assertEquals(StandardCharsets.ISO_8859_1, Collations.charset("dec8"));
    assertEquals(Charset.forName("x-eucJP-Open"), Collations.charset("eucjpms"));
    assertEquals(Charset.forName("TIS-620"), Collations.charset("tis620"));
  }

  @Test
  void everyDefinedIdHasACharset() {
    int defined = 0;
    for (int id = 0; id < 3328; id++) {
      Collation collation = Collations.byId(id, id >= 256);
      if (collation != null) {
        defined++;
        assertTrue(collation.name().startsWith(collation.characterSet()), collation.name());
        assertEquals(collation.charset(), Collations.charset(id), collation.name());
      }
    }
    assertEquals(389 + 920, defined);
  }

  private static void assertCollation(int id, boolean mariaDb, String name, String characterSet) {
    Collation collation = Collations.byId(id, mariaDb);
    assertEquals(new Collation(id, name, characterSet), collation);
    assertEquals(collation, Collations.byName(name, mariaDb));
  }
}
