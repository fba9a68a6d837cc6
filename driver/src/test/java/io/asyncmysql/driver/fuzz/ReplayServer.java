package io.asyncmysql.driver.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Plays a server's turns to the next client that connects: each turn once the client sent as many
 * packets as when it was recorded (or, if the client stays silent for the play's patience, because
 * forged turns before made it wait for more, without them), in chunks of random sizes; then
 * half-closes and waits for the client to hang up. What the client sends is counted, never
 * interpreted.
 */
final class ReplayServer implements AutoCloseable {
  private static final int HANG_UP_WAIT_MILLIS = 60_000;

  private final ServerSocket listener;
  private final SynchronousQueue<Play> plays = new SynchronousQueue<>();

  /**
   * What to play to one client.
   *
   * @param turns the server's turns
   * @param chunking the seed of the chunk sizes and pauses
   * @param patience how long a turn waits for a silent client
   */
  record Play(List<Conversation.Segment> turns, long chunking, Duration patience) {}

  ReplayServer() {
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().name("replay-server").start(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Hands {@code play} to the next client that connects; waits until one does. */
  void playToNextClient(Play play) throws InterruptedException {
    if (!plays.offer(play, HANG_UP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("no client connected within " + HANG_UP_WAIT_MILLIS + " ms");
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Play play = plays.take();
        Thread.ofVirtual().name("replay-server-connection").start(() -> play(client, play));
      } catch (IOException | InterruptedException closed) {
        return;
      }
    }
  }

  private static void play(Socket socket, Play play) {
    try (socket) {
      socket.setTcpNoDelay(true);
      ClientSide client = new ClientSide(socket.getInputStream(), play.patience().toNanos());
      Thread.ofVirtual().start(client::read);
      OutputStream out = socket.getOutputStream();
      Random random = new Random(play.chunking());
      for (Conversation.Segment turn : play.turns()) {
        if (!client.awaitPackets(turn.clientPackets())) {
          return;
        }
        writeInChunks(out, turn.bytes(), random);
      }
      socket.shutdownOutput();
      client.awaitHangUp();
    } catch (IOException | InterruptedException clientGone) {
      // The client closed first: the usual end of a conversation it found malformed.
    }
  }

  private static void writeInChunks(OutputStream out, byte[] bytes, Random random) throws IOException {
    for (int at = 0; at < bytes.length; ) {
      int chunk = random.nextInt(4) == 0 ? bytes.length - at : 1 + random.nextInt(Math.min(bytes.length - at, 64));
      out.write(bytes, at, chunk);
      out.flush();
      at += chunk;
      if (random.nextInt(8) == 0) {
        LockSupport.parkNanos(random.nextInt(200_000));
      }
    }
  }

  /** Reads and counts what the client sends, until it hangs up. */
  private static final class ClientSide {
    private final InputStream in;
    private final long patienceNanos;
    private final PacketCounter packets = new PacketCounter();
    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean hungUp;

    ClientSide(InputStream in, long patienceNanos) {
      this.in = in;
      this.patienceNanos = patienceNanos;
    }

    void read() {
      byte[] buffer = new byte[64 * 1024];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          update(buffer, n);
        }
      } catch (IOException reset) {
        // Hung up too.
      }
      lock.lock();
      try {
        hungUp = true;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    private void update(byte[] buffer, int n) {
      lock.lock();
      try {
        packets.feed(buffer, 0, n);
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    /**
     * Waits until the client sent {@code count} packets in all, or stayed silent for the patience.
     *
     * @return false when the client hung up
     */
    boolean awaitPackets(int count) throws InterruptedException {
      lock.lock();
      try {
        long silence = patienceNanos;
        while (!hungUp && packets.packets() < count && silence > 0) {
          int before = packets.packets();
          silence = changed.awaitNanos(silence);
          if (packets.packets() != before) {
            silence = patienceNanos;
          }
        }
        return !hungUp;
      } finally {
        lock.unlock();
      }
    }

    void awaitHangUp() throws InterruptedException {
      lock.lock();
      try {
        long left = TimeUnit.MILLISECONDS.toNanos(HANG_UP_WAIT_MILLIS);
        while (!hungUp && left > 0) {
          left = changed.awaitNanos(left);
        }
      } finally {
        lock.unlock();
      }
    }
  }
}
