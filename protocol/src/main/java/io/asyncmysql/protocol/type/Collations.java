package io.asyncmysql.protocol.type;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The collations of MySQL 8.0 to 9.x and MariaDB 10.x to 11.x by id and by name, and the Java charset of
 * each server character set.
 *
 * <p>Both servers agree on the character set of every id, so {@link #charset(int)} needs no flavour;
 * a few names differ between them (MySQL's {@code utf8mb4_croatian_ci} is 245, MariaDB's is 608), so
 * the lookups by name and the names by id take the flavour. The ids below 2048 come from the resource
 * {@code collations.txt}; MariaDB's UCA 14.0.0 collations (2048 to 3327) are computed from their
 * regular numbering.
 */
public final class Collations {
  /** {@code utf8mb4_general_ci}, the utf8mb4 collation both servers know and a handshake can name. */
  public static final int UTF8MB4_GENERAL_CI = 45;
  /**
   * The collation a client asks for by default: {@code utf8mb4_general_ci}, which both servers define
   * with an id below 256, the most the handshake's one byte can name.
   */
  public static final int DEFAULT = UTF8MB4_GENERAL_CI;
  /** {@code utf8mb4_unicode_ci}. */
  public static final int UTF8MB4_UNICODE_CI = 224;
  /** {@code utf8mb4_0900_ai_ci}, MySQL 8's default. */
  public static final int UTF8MB4_0900_AI_CI = 255;

  private static final int UCA1400_FIRST = 2048;
  private static final int ID_LIMIT = 3328;
  private static final String[] UCA1400_CHARSETS = {"utf8mb3", "utf8mb4", "ucs2", "utf16", "utf32"};
  private static final String[] UCA1400_LANGUAGES = {
    "", "icelandic_", "latvian_", "romanian_", "slovenian_", "polish_", "estonian_", "spanish_", "swedish_",
    "turkish_", "czech_", "danish_", "lithuanian_", "slovak_", "spanish2_", "roman_", "persian_", "esperanto_",
    "hungarian_", "sinhala_", "german2_", null, null, "vietnamese_", "croatian_"
  };
  private static final String[] UCA1400_VARIANTS = {
    "ai_ci", "ai_cs", "as_ci", "as_cs", "nopad_ai_ci", "nopad_ai_cs", "nopad_as_ci", "nopad_as_cs"
  };

  private static final Table MYSQL = new Table();
  private static final Table MARIADB = new Table();
  private static final Charset[] CHARSETS = new Charset[ID_LIMIT];

  static {
    loadResource();
    for (int id = UCA1400_FIRST; id < ID_LIMIT; id++) {
      Collation uca = uca1400(id);
      if (uca != null) {
        MARIADB.add(uca);
      }
    }
    for (int id = 0; id < ID_LIMIT; id++) {
      Collation collation = byId(id, false);
      CHARSETS[id] = collation == null ? StandardCharsets.UTF_8 : collation.charset();
    }
  }

  private Collations() {}

  /**
   * The collation with the given id.
   *
   * @param mariaDb whether the server is MariaDB, for the few ids whose names differ
   * @return the collation, or {@code null} when neither server defines the id
   */
  public static Collation byId(int id, boolean mariaDb) {
    if (id < 0 || id >= ID_LIMIT) {
      return null;
    }
    Collation found = (mariaDb ? MARIADB : MYSQL).byId[id];
    return found != null ? found : (mariaDb ? MYSQL : MARIADB).byId[id];
  }

  /**
   * The collation with the given name, ignoring case; MySQL 5.7's {@code utf8_} names stand for
   * {@code utf8mb3_}.
   *
   * @param mariaDb whether the server is MariaDB
   * @return the collation, or {@code null} when the server flavour defines no such name
   */
  public static Collation byName(String name, boolean mariaDb) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.startsWith("utf8_")) {
      key = "utf8mb3_" + key.substring("utf8_".length());
    }
    return (mariaDb ? MARIADB : MYSQL).byName.get(key);
  }

  /**
   * The Java charset of a collation id's character set. An id neither server defines decodes as UTF-8,
   * the character set of every collation added in recent versions; the binary collation decodes as
   * ISO-8859-1, which maps each byte to one char.
   */
  public static Charset charset(int id) {
    return id >= 0 && id < ID_LIMIT ? CHARSETS[id] : StandardCharsets.UTF_8;
  }

  /**
   * The Java charset of a server character set. Character sets Java lacks map to a stand-in that keeps
   * every byte: {@code dec8}, {@code hp8}, {@code swe7}, {@code armscii8}, {@code keybcs2} and {@code
   * geostd8} (single-byte) decode as ISO-8859-1; MySQL's {@code latin1} is windows-1252, as on the
   * server; {@code ucs2}, {@code utf16} and {@code utf32} are big-endian. An unknown name decodes as
   * UTF-8.
   */
  public static Charset charset(String characterSet) {
    return switch (characterSet) {
      case "utf8mb4", "utf8mb3", "utf8" -> StandardCharsets.UTF_8;
      case "latin1" -> javaCharset("windows-1252");
      case "ascii" -> StandardCharsets.US_ASCII;
      case "binary", "dec8", "hp8", "swe7", "armscii8", "keybcs2", "geostd8" -> StandardCharsets.ISO_8859_1;
      case "big5" -> javaCharset("Big5");
      case "cp850" -> javaCharset("IBM850");
      case "koi8r" -> javaCharset("KOI8-R");
      case "latin2" -> javaCharset("ISO-8859-2");
      case "ujis" -> javaCharset("EUC-JP");
      case "sjis" -> javaCharset("Shift_JIS");
      case "hebrew" -> javaCharset("ISO-8859-8");
      case "tis620" -> javaCharset("TIS-620");
      case "euckr" -> javaCharset("EUC-KR");
      case "koi8u" -> javaCharset("KOI8-U");
      case "gb2312" -> javaCharset("GB2312");
      case "greek" -> javaCharset("ISO-8859-7");
      case "cp1250" -> javaCharset("windows-1250");
      case "gbk" -> javaCharset("GBK");
      case "latin5" -> javaCharset("ISO-8859-9");
      case "ucs2", "utf16" -> StandardCharsets.UTF_16BE;
      case "utf16le" -> StandardCharsets.UTF_16LE;
      case "utf32" -> javaCharset("UTF-32BE");
      case "cp866" -> javaCharset("IBM866");
      case "macce" -> javaCharset("x-MacCentralEurope");
      case "macroman" -> javaCharset("x-MacRoman");
      case "cp852" -> javaCharset("IBM852");
      case "latin7" -> javaCharset("ISO-8859-13");
      case "cp1251" -> javaCharset("windows-1251");
      case "cp1256" -> javaCharset("windows-1256");
      case "cp1257" -> javaCharset("windows-1257");
      case "cp932" -> javaCharset("windows-31j");
      case "eucjpms" -> javaCharset("x-eucJP-Open");
      case "gb18030" -> javaCharset("GB18030");
      default -> StandardCharsets.UTF_8;
    };
  }

  /** A charset of the {@code jdk.charsets} module, or ISO-8859-1 in a runtime that lacks it. */
  private static Charset javaCharset(String name) {
    return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.ISO_8859_1;
  }

  /**
   * MariaDB's UCA 14.0.0 collation with the given id: a block of 256 ids per character set, 8 variants
   * per language; languages 21 and 22 are unassigned.
   */
  private static Collation uca1400(int id) {
    int block = (id - UCA1400_FIRST) >> 8;
    int language = (id & 0xFF) >> 3;
    if (language >= UCA1400_LANGUAGES.length || UCA1400_LANGUAGES[language] == null) {
      return null;
    }
    String characterSet = UCA1400_CHARSETS[block];
    String name = characterSet + "_uca1400_" + UCA1400_LANGUAGES[language] + UCA1400_VARIANTS[id & 7];
    return new Collation(id, name, characterSet);
  }

  private static void loadResource() {
    try (InputStream in = Collations.class.getResourceAsStream("collations.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource collations.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(" ");
        String name = fields[1];
        int underscore = name.indexOf('_');
        Collation collation =
            new Collation(Integer.parseInt(fields[0]), name, underscore < 0 ? name : name.substring(0, underscore));
        String flavour = fields.length > 2 ? fields[2] : "";
        if (!flavour.equals("d")) {
          MYSQL.add(collation);
        }
        if (!flavour.equals("m")) {
          MARIADB.add(collation);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The collations of one server flavour. */
  private static final class Table {
    final Collation[] byId = new Collation[ID_LIMIT];
    final Map<String, Collation> byName = new HashMap<>();

    void add(Collation collation) {
      byId[collation.id()] = collation;
      byName.put(collation.name(), collation);
    }
  }
}
