package io.asyncmysql.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The payloads a {@link ScriptedServer} sends, built byte by byte as the protocol lays them out. */
final class ScriptedPayloads {
  /** OK with no rows affected and autocommit status. */
  static final byte[] OK = {0, 0, 0, 2, 0, 0, 0};
  /** The same with a 0xFE header: the OK that ends rows under {@code DEPRECATE_EOF}. */
  static final byte[] END_OF_ROWS = {(byte) 0xFE, 0, 0, 2, 0, 0, 0};

  private ScriptedPayloads() {}

  /** A protocol-10 greeting with the fixed nonce of {@link #nonce}. */
  static byte[] greeting(long capabilities, String plugin) {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.write(10);
    p.writeBytes("8.0.99-scripted".getBytes(StandardCharsets.US_ASCII));
    p.write(0);
    p.writeBytes(new byte[] {7, 0, 0, 0});
    p.writeBytes(nonce(0, 8));
    p.write(0);
    p.write((int) capabilities);
    p.write((int) (capabilities >>> 8));
    p.write(255);
    p.writeBytes(new byte[] {2, 0});
    p.write((int) (capabilities >>> 16));
    p.write((int) (capabilities >>> 24));
    p.write(21);
    p.writeBytes(new byte[10]);
    p.writeBytes(nonce(8, 12));
    p.write(0);
    p.writeBytes(plugin.getBytes(StandardCharsets.US_ASCII));
    p.write(0);
    return p.toByteArray();
  }

  static byte[] error(int code, String sqlState, String message) {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.write(0xFF);
    p.write(code);
    p.write(code >>> 8);
    p.write('#');
    p.writeBytes(sqlState.getBytes(StandardCharsets.US_ASCII));
    p.writeBytes(message.getBytes(StandardCharsets.UTF_8));
    return p.toByteArray();
  }

  /** An authentication switch to {@code plugin} with a NUL-terminated 20-byte nonce. */
  static byte[] authSwitch(String plugin) {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.write(0xFE);
    p.writeBytes(plugin.getBytes(StandardCharsets.US_ASCII));
    p.write(0);
    p.writeBytes(nonce(0, 20));
    p.write(0);
    return p.toByteArray();
  }

  /** {@code header} followed by {@code text} in UTF-8. */
  static byte[] headerAndText(int header, String text) {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.write(header);
    p.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return p.toByteArray();
  }

  static byte[] columnCount(int columns) {
    return lenenc(new ByteArrayOutputStream(), columns).toByteArray();
  }

  static byte[] columnDefinition(ScriptedServer.Column column) {
    ByteArrayOutputStream definition = new ByteArrayOutputStream();
    for (String field : new String[] {"def", "", "", "", column.name(), column.name()}) {
      lenenc(definition, field.getBytes(StandardCharsets.UTF_8));
    }
    definition.writeBytes(new byte[] {0x0c, (byte) column.collation(), (byte) (column.collation() >>> 8),
        (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, (byte) column.type(), 0, 0, 0, 0, 0});
    return definition.toByteArray();
  }

  /** A text-protocol row; a {@code null} cell is SQL NULL. */
  static byte[] textRow(List<byte[]> cells) {
    ByteArrayOutputStream row = new ByteArrayOutputStream();
    for (byte[] cell : cells) {
      if (cell == null) {
        row.write(0xFB);
      } else {
        lenenc(row, cell);
      }
    }
    return row.toByteArray();
  }

  /** The first packet of a {@code COM_STMT_PREPARE} answer. */
  static byte[] prepareOk(int statementId, int columns, int parameters) {
    return new byte[] {0, (byte) statementId, (byte) (statementId >>> 8), (byte) (statementId >>> 16), (byte) (statementId >>> 24),
        (byte) columns, (byte) (columns >>> 8), (byte) parameters, (byte) (parameters >>> 8), 0, 0, 0};
  }

  private static void lenenc(ByteArrayOutputStream out, byte[] bytes) {
    lenenc(out, bytes.length).writeBytes(bytes);
  }

  private static ByteArrayOutputStream lenenc(ByteArrayOutputStream out, int n) {
    if (n < 0xFB) {
      out.write(n);
    } else if (n <= 0xFFFF) {
      out.writeBytes(new byte[] {(byte) 0xFC, (byte) n, (byte) (n >>> 8)});
    } else {
      out.writeBytes(new byte[] {(byte) 0xFD, (byte) n, (byte) (n >>> 8), (byte) (n >>> 16)});
    }
    return out;
  }

  private static byte[] nonce(int from, int length) {
    byte[] n = new byte[length];
    for (int i = 0; i < length; i++) {
      n[i] = (byte) ('a' + (from + i) % 26);
    }
    return n;
  }
}
