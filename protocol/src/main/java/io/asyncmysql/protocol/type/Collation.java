package io.asyncmysql.protocol.type;

import java.nio.charset.Charset;

/**
 * A server collation: its id on the wire, its name and the Java charset of its character set.
 *
 * @param id the collation id, as in a column definition or the handshake
 * @param name the collation name, e.g. {@code utf8mb4_general_ci}
 * @param characterSet the server's character set name, e.g. {@code utf8mb4}
 */
public record Collation(int id, String name, String characterSet) {
  /** The id of the {@code binary} collation, whose values are bytes rather than text. */
  public static final int BINARY_ID = 63;

  /** Whether values of this collation are bytes rather than text. */
  public boolean isBinary() {
    return id == BINARY_ID;
  }

  /** The Java charset that decodes this collation's character set, see {@link Collations#charset(String)}. */
  public Charset charset() {
    return Collations.charset(characterSet);
  }
}
