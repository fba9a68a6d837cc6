package io.asyncmysql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payloads at the 16 MiB packet edges against the real server (FRAME-1 and FRAME-3 of the reliability
 * plan): rows and commands of 0xFFFFFE, 0xFFFFFF, 0xFFFFFF + 1 and 2 × 0xFFFFFF bytes cross byte for
 * byte in both directions and the connection goes on; a command the server would refuse for its size
 * fails before a byte of it is written.
 *
 * <p>The content is random, so a lost, doubled or misplaced byte shows. What a command put on the
 * wire is read from the server's own count, {@code Bytes_received}: the payload, a 4-byte header per
 * packet, and an empty last packet after a payload that fills its last packet.
 */
@ExtendWith(MySqlExtension.class)
class LargePacketIT {
  private static final int MAX_PACKET = 0xFF_FFFF;
  private static final int[] EDGES = {MAX_PACKET - 1, MAX_PACKET, MAX_PACKET + 1, 2 * MAX_PACKET};
  /** A text row of one value: the value's length-encoded length, then the value. */
  private static final int TEXT_ROW_OVERHEAD = 0;
  /** A binary row of one value: header 0x00 and a 1-byte null bitmap, then the text row's bytes. */
  private static final int BINARY_ROW_OVERHEAD = 2;
  /**
   * {@code COM_STMT_EXECUTE} with one parameter: command, statement id (4), flags, iteration count
   * (4), null bitmap, new-params-bound flag and the type (2), then the value as in a text row.
   */
  private static final int EXECUTE_OVERHEAD = 14;
  /** Stored on the server as blob 0; every value below is a prefix of it. */
  private static final byte[] CONTENT = random(2 * MAX_PACKET);

  private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();

  private static MySqlConnection conn;
  private static final AtomicInteger edgesChecked = new AtomicInteger();
  private static final AtomicInteger refusedUnsent = new AtomicInteger();
  /** What the server counts for the {@code SHOW STATUS} that reads its count. */
  private static long statusQueryBytes;

  @BeforeAll
  static void storeTheContent(@FreshDatabase TestServer server) {
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    conn = MySqlConnection.connect(server.url()).join();
    conn.query("CREATE TABLE blobs (id INT PRIMARY KEY, b LONGBLOB NOT NULL) ENGINE=MyISAM").join();
    conn.query("INSERT INTO blobs VALUES (0, ?)", (Object) CONTENT).join();
    assertStored(0, CONTENT, CONTENT.length);
    long first = bytesReceived();
    statusQueryBytes = bytesReceived() - first;
  }

  @AfterAll
  static void close() {
    conn.close().join();
    System.out.printf("LargePacketIT: %d payloads at the 16 MiB edges byte for byte, %d commands of max_allowed_packet "
            + "bytes or more refused unsent, 0 connections lost; peak heap in use %d MiB (before GC)%n",
        edgesChecked.get(), refusedUnsent.get(), HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
  }

  @Test
  void textRowsAtTheEdgesArriveByteForByte() {
    for (int payload : EDGES) {
      int n = valueLength(payload, TEXT_ROW_OVERHEAD);
      byte[] value = conn.query("SELECT SUBSTRING(b, 1, " + n + ") FROM blobs WHERE id = 0").join().get(0).get(0, byte[].class);
      assertPrefix(n, value, "text row of " + payload + " bytes");
      edgesChecked.incrementAndGet();
    }
    assertUsable();
  }

  @Test
  void binaryRowsAtTheEdgesArriveByteForByte() {
    for (int payload : EDGES) {
      int n = valueLength(payload, BINARY_ROW_OVERHEAD);
      byte[] value = conn.query("SELECT SUBSTRING(b, 1, ?) FROM blobs WHERE id = 0", n).join().get(0).get(0, byte[].class);
      assertPrefix(n, value, "binary row of " + payload + " bytes");
      edgesChecked.incrementAndGet();
    }
    assertUsable();
  }

  @Test
  void preparedStatementsAtTheEdgesReachTheServerByteForByte() {
    String sql = "REPLACE INTO blobs VALUES (1, ?)";
    conn.query(sql, (Object) new byte[1]).join();
    for (int payload : EDGES) {
      int n = valueLength(payload, EXECUTE_OVERHEAD);
      long before = bytesReceived();
      conn.query(sql, ByteBuffer.wrap(CONTENT, 0, n)).join();
      assertEquals(onTheWire(payload) + statusQueryBytes, bytesReceived() - before, "COM_STMT_EXECUTE of " + payload + " bytes");
      assertStored(1, CONTENT, n);
      edgesChecked.incrementAndGet();
    }
    assertUsable();
  }

  @Test
  void queriesAtTheEdgesReachTheServerByteForByte() {
    String head = "REPLACE INTO blobs VALUES (2, X'";
    for (int payload : EDGES) {
      int hexDigits = payload - 1 - head.length() - "')".length();
      int n = hexDigits / 2;
      // An odd number of digits left: one space pads the statement to the exact length.
      String sql = head + HexFormat.of().formatHex(CONTENT, 0, n) + "'" + " ".repeat(hexDigits % 2) + ")";
      assertEquals(payload, 1 + sql.length());
      long before = bytesReceived();
      conn.query(sql).join();
      assertEquals(onTheWire(payload) + statusQueryBytes, bytesReceived() - before, "COM_QUERY of " + payload + " bytes");
      assertStored(2, CONTENT, n);
      edgesChecked.incrementAndGet();
    }
    assertUsable();
  }

  /**
   * MySQL and MariaDB refuse a command of {@code max_allowed_packet} bytes or more, with ER 1153 and
   * the end of the connection; the driver refuses it first, without writing it.
   */
  @Test
  void aCommandTheServerWouldRefuseFailsUnsentAndTheConnectionGoesOn() {
    long max = conn.query("SELECT @@max_allowed_packet").join().get(0).get(0, Long.class);
    // SELECT LENGTH(?) with n bytes: the execute overhead, a 9-byte length and the n bytes.
    int largest = Math.toIntExact(max - 1);
    byte[] value = new byte[largest + 2 - EXECUTE_OVERHEAD - 9];
    int n = valueLength(largest, EXECUTE_OVERHEAD);
    assertEquals(n, conn.query("SELECT LENGTH(?)", ByteBuffer.wrap(value, 0, n)).join().get(0).get(0, Integer.class));
    for (int excess = 1; excess <= 2; excess++) {
      long before = bytesReceived();
      ByteBuffer tooLarge = ByteBuffer.wrap(value, 0, n + excess);
      CompletionException e = assertThrows(CompletionException.class, () -> conn.query("SELECT LENGTH(?)", tooLarge).join());
      PacketTooLargeException refused = assertInstanceOf(PacketTooLargeException.class, e.getCause());
      assertEquals(Delivery.NOT_SENT, refused.delivery());
      assertFalse(refused.isRetryable());
      assertEquals(largest + excess, refused.length());
      assertEquals(max, refused.maxAllowedPacket());
      assertEquals(statusQueryBytes, bytesReceived() - before, "bytes of the refused command the server received");
      refusedUnsent.incrementAndGet();
    }
    assertUsable();
  }

  @Test
  void thePoolKeepsTheConnectionOfACommandTooLarge(TestServer server) {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=1");
    try {
      long id = pool.query("SELECT CONNECTION_ID()").join().get(0).get(0, Long.class);
      long max = pool.query("SELECT @@max_allowed_packet").join().get(0).get(0, Long.class);
      CompletionException e = assertThrows(CompletionException.class, () -> pool.query("SELECT ?", (Object) new byte[Math.toIntExact(max)]).join());
      assertInstanceOf(PacketTooLargeException.class, e.getCause());
      assertEquals(id, pool.query("SELECT CONNECTION_ID()").join().get(0).get(0, Long.class));
      assertEquals(1, pool.metrics().totalCreated());
    } finally {
      pool.close().join();
    }
  }

  /** The length of a value whose length-encoded form fills {@code payload} after {@code overhead} bytes. */
  private static int valueLength(int payload, int overhead) {
    int n = payload - overhead - 4;
    return n < 1 << 24 ? n : payload - overhead - 9;
  }

  /** The bytes a payload takes on the wire: a header before each packet, the last one shorter than full. */
  private static long onTheWire(int payload) {
    return payload + 4L * (payload / MAX_PACKET + 1);
  }

  private static long bytesReceived() {
    return Long.parseLong(conn.query("SHOW SESSION STATUS LIKE 'Bytes_received'").join().get(0).get(1, String.class));
  }

  private static void assertPrefix(int n, byte[] actual, String what) {
    assertEquals(n, actual.length, what + ": length");
    assertEquals(-1, Arrays.mismatch(CONTENT, 0, n, actual, 0, n), what + ": index of the first wrong byte");
  }

  private static void assertStored(int id, byte[] content, int n) {
    Row stored = conn.query("SELECT LENGTH(b), SHA2(b, 256) FROM blobs WHERE id = " + id).join().get(0);
    assertEquals(n, stored.get(0, Integer.class), "stored length");
    assertEquals(sha256(content, n), stored.get(1, String.class), "SHA-256 of what the server stored");
  }

  private static void assertUsable() {
    assertEquals(1, conn.query("SELECT 1").join().get(0).get(0, Integer.class));
  }

  private static String sha256(byte[] content, int n) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(content, 0, n);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    SplittableRandom random = new SplittableRandom(16_777_215);
    for (int i = 0; i < length; i += 8) {
      long bits = random.nextLong();
      for (int j = 0; j < 8 && i + j < length; j++) {
        bytes[i + j] = (byte) (bits >>> (8 * j));
      }
    }
    return bytes;
  }
}
