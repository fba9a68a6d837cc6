package io.asyncmysql.protocol.auth;

import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.bouncycastle.util.encoders.Hex;

/**
 * Scalar multiplication of the Ed25519 base point, for a secret scalar given directly rather than
 * derived from a 32-byte seed (which is all BouncyCastle's Ed25519 API takes). Extended twisted
 * Edwards coordinates over BouncyCastle's constant-time field arithmetic, with a Montgomery ladder
 * over all 256 scalar bits and the complete addition law, so the running time does not depend on the
 * scalar.
 */
final class Edwards25519 {
  private static final int[] BASE_X = constant("1ad5258f602d56c9b2a7259560c72c695cdcd6fd31e2a4c0fe536ecdd3366921");
  private static final int[] BASE_Y = constant("5866666666666666666666666666666666666666666666666666666666666666");
  /** {@code 2 * d}, where {@code d = -121665 / 121666} is the curve constant. */
  private static final int[] D2 = constant("59f1b226949bd6eb56b183829a14e00030d1f3eef2808e19e7fcdf56dcd90624");

  private Edwards25519() {}

  /**
   * The encoding (RFC 8032, section 5.1.2) of {@code [scalar] B}.
   *
   * @param scalar a 32-byte little-endian integer
   */
  static byte[] scalarMultBase(byte[] scalar) {
    int[][] r0 = identity();
    int[][] r1 = {copy(BASE_X), copy(BASE_Y), one(), product(BASE_X, BASE_Y)};
    int swap = 0;
    for (int i = 255; i >= 0; i--) {
      int bit = (scalar[i >>> 3] >>> (i & 7)) & 1;
      cswap(swap ^ bit, r0, r1);
      swap = bit;
      add(r0, r1, r1);
      add(r0, r0, r0);
    }
    cswap(swap, r0, r1);
    return encode(r0);
  }

  /** {@code r = p + q} in extended coordinates (X, Y, Z, T); {@code r} may be {@code p} or {@code q}. */
  private static void add(int[][] p, int[][] q, int[][] r) {
    int[] a = X25519Field.create();
    int[] b = X25519Field.create();
    int[] c = X25519Field.create();
    int[] d = X25519Field.create();
    int[] t = X25519Field.create();
    X25519Field.apm(p[1], p[0], b, a);
    X25519Field.apm(q[1], q[0], d, t);
    X25519Field.mul(a, t, a);
    X25519Field.mul(b, d, b);
    X25519Field.mul(p[3], q[3], c);
    X25519Field.mul(c, D2, c);
    X25519Field.add(p[2], p[2], d);
    X25519Field.mul(d, q[2], d);
    int[] e = X25519Field.create();
    int[] f = X25519Field.create();
    int[] g = X25519Field.create();
    int[] h = X25519Field.create();
    X25519Field.apm(b, a, h, e);
    X25519Field.apm(d, c, g, f);
    X25519Field.carry(e);
    X25519Field.carry(f);
    X25519Field.carry(g);
    X25519Field.carry(h);
    X25519Field.mul(e, f, r[0]);
    X25519Field.mul(g, h, r[1]);
    X25519Field.mul(f, g, r[2]);
    X25519Field.mul(e, h, r[3]);
  }

  private static byte[] encode(int[][] p) {
    int[] zInverse = X25519Field.create();
    X25519Field.inv(p[2], zInverse);
    int[] x = product(p[0], zInverse);
    int[] y = product(p[1], zInverse);
    X25519Field.normalize(x);
    X25519Field.normalize(y);
    byte[] encoded = new byte[32];
    X25519Field.encode(y, encoded, 0);
    encoded[31] |= (byte) ((x[0] & 1) << 7);
    return encoded;
  }

  private static void cswap(int swap, int[][] p, int[][] q) {
    for (int i = 0; i < 4; i++) {
      X25519Field.cswap(swap, p[i], q[i]);
    }
  }

  private static int[][] identity() {
    return new int[][] {X25519Field.create(), one(), one(), X25519Field.create()};
  }

  private static int[] one() {
    int[] one = X25519Field.create();
    X25519Field.one(one);
    return one;
  }

  private static int[] copy(int[] x) {
    int[] z = X25519Field.create();
    X25519Field.copy(x, 0, z, 0);
    return z;
  }

  private static int[] product(int[] x, int[] y) {
    int[] z = X25519Field.create();
    X25519Field.mul(x, y, z);
    return z;
  }

  private static int[] constant(String littleEndianHex) {
    int[] z = X25519Field.create();
    X25519Field.decode255(Hex.decode(littleEndianHex), z);
    return z;
  }
}
