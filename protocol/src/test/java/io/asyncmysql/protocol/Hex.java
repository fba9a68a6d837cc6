package io.asyncmysql.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Hex fixtures for tests: spaces and line breaks in hex strings are ignored. */
public final class Hex {
  private Hex() {}

  /** The bytes a hex string spells. */
  public static byte[] bytes(String hex) {
    return ByteBufUtil.decodeHexDump(hex.replaceAll("\\s", ""));
  }

  /** A new buffer holding the bytes a hex string spells; the caller releases it. */
  public static ByteBuf buffer(String hex) {
    return Unpooled.wrappedBuffer(bytes(hex));
  }

  /** The readable bytes of a buffer as lower-case hex pairs separated by spaces. */
  public static String dump(ByteBuf buffer) {
    return ByteBufUtil.hexDump(buffer).replaceAll("(..)(?!$)", "$1 ");
  }

  /** Normalises a hex string to lower-case pairs separated by spaces, to compare with {@link #dump}. */
  public static String normalize(String hex) {
    return hex.replaceAll("\\s", "").toLowerCase(Locale.ROOT).replaceAll("(..)(?!$)", "$1 ");
  }

  /** Hex for the bytes of an ASCII string, to build fixtures readably. */
  public static String ascii(String text) {
    return ByteBufUtil.hexDump(text.getBytes(StandardCharsets.US_ASCII));
  }
}
