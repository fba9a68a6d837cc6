package io.asyncmysql.driver.internal;

import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The column definitions a connection decoded lately, found again by their bytes, and the result
 * columns built of them. Every execution of a statement repeats its result's definitions: a hit costs
 * a hash and a comparison of the bytes instead of six strings decoded and the columns' metadata
 * built. Confined to the connection's event loop.
 */
final class ColumnCache {
  /** Definition slots, a power of two: a definition takes the slot of its bytes' hash. */
  private static final int SLOTS = 32;
  /** Result column sets kept, the oldest replaced first. */
  private static final int RESULTS = 8;
  /** Longer definitions are decoded every time rather than kept. */
  private static final int MAX_BYTES = 512;

  private final ByteBuf[] bytes = new ByteBuf[SLOTS];
  private final ColumnDefinition[] definitions = new ColumnDefinition[SLOTS];
  private final ResultColumns[] results = new ResultColumns[RESULTS];
  private int nextResult;
  private long capabilities;
  private Charset charset;

  /** The definition in {@code payload}, decoded as {@link ColumnDefinition#decode} does, or the same one decoded before. */
  ColumnDefinition decode(ByteBuf payload, Session session) {
    if (session.capabilities() != capabilities || session.charset() != charset) {
      Arrays.fill(bytes, null);
      Arrays.fill(definitions, null);
      capabilities = session.capabilities();
      charset = session.charset();
    }
    if (payload.readableBytes() > MAX_BYTES) {
      return ColumnDefinition.decode(payload, session);
    }
    int hash = ByteBufUtil.hashCode(payload);
    int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
    ByteBuf known = bytes[slot];
    if (known != null && ByteBufUtil.equals(known, payload)) {
      return definitions[slot];
    }
    ByteBuf copy = Unpooled.wrappedBuffer(ByteBufUtil.getBytes(payload));
    ColumnDefinition definition = ColumnDefinition.decode(payload, session);
    bytes[slot] = copy;
    definitions[slot] = definition;
    return definition;
  }

  /** The result columns of these definitions: one built before of the very same definitions, or a new one. */
  ResultColumns columns(ColumnDefinition[] columns, DecodeOptions decodeOptions) {
    for (ResultColumns result : results) {
      if (result != null && result.decodeOptions == decodeOptions && same(result.definitions, columns)) {
        return result;
      }
    }
    ResultColumns result = new ResultColumns(columns, decodeOptions);
    results[nextResult] = result;
    nextResult = (nextResult + 1) % RESULTS;
    return result;
  }

  private static boolean same(ColumnDefinition[] a, ColumnDefinition[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }
}
