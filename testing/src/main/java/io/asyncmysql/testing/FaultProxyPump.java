package io.asyncmysql.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Moves the bytes of one direction of a proxied connection, on its own virtual thread, through the
 * toxics set for that direction. A toxic set from another thread applies from the next span of bytes
 * the pump handles (a span ends at every packet header and payload boundary).
 */
final class FaultProxyPump implements Runnable {
  private static final int BUFFER_SIZE = 16 * 1024;
  private static final long NO_CUT = Long.MAX_VALUE;

  private final InputStream in;
  private final OutputStream out;
  private final Runnable shut;
  private final Random random;
  private final FaultProxyFrames frames = new FaultProxyFrames();
  private final AtomicLong forwarded = new AtomicLong();
  private final AtomicLong packets = new AtomicLong();
  private final AtomicLong limit = new AtomicLong(-1);
  private volatile long latencyNanos;
  private volatile long jitterNanos;
  private volatile long bytesPerSecond;
  private volatile int sliceSize;
  private volatile long sliceDelayNanos;
  private volatile boolean blackholed;
  /** The bytes the blackhole dropped: when any, the far side's stream has a hole. */
  private final AtomicLong dropped = new AtomicLong();
  private volatile long[] cutRequest;
  private volatile UnaryOperator<FaultProxyPacket> rewriter;
  private long cutIndex = NO_CUT;
  private int cutOffset;
  private ByteArrayOutputStream rewriting;
  private UnaryOperator<FaultProxyPacket> rewritingWith;

  /**
   * Creates a pump.
   *
   * @param shut closes the whole connection: called when this direction ends or a toxic cuts it
   * @param random the source of latency jitter
   */
  FaultProxyPump(InputStream in, OutputStream out, Runnable shut, Random random) {
    this.in = in;
    this.out = out;
    this.shut = shut;
    this.random = random;
  }

  void latency(long millis, long jitterMillis) {
    jitterNanos = TimeUnit.MILLISECONDS.toNanos(jitterMillis);
    latencyNanos = TimeUnit.MILLISECONDS.toNanos(millis);
  }

  void bandwidth(long perSecond) {
    bytesPerSecond = perSecond;
  }

  void slicing(int size, long delayMillis) {
    sliceDelayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    sliceSize = size;
  }

  void limit(long bytes) {
    limit.set(bytes);
  }

  void blackhole(boolean on) {
    blackholed = on;
  }

  void cut(long packetsFromNow, int bytesInto) {
    cutRequest = new long[] {packetsFromNow, bytesInto};
  }

  void rewrite(UnaryOperator<FaultProxyPacket> hook) {
    rewriter = hook;
  }

  /**
   * Removes every toxic; a cut asked for but not yet due is dropped.
   *
   * @return whether the blackhole dropped bytes, leaving a hole in the stream
   */
  boolean heal() {
    latency(0, 0);
    bandwidth(0);
    slicing(0, 0);
    limit(-1);
    blackhole(false);
    rewrite(null);
    cutRequest = new long[] {-1, 0};
    return dropped.get() > 0;
  }

  /** Bytes the blackhole dropped so far. */
  long dropped() {
    return dropped.get();
  }

  /** Bytes written, or being written, to the far side so far. */
  long forwarded() {
    return forwarded.get();
  }

  /** Whole packets seen so far, forwarded or not. */
  long packets() {
    return packets.get();
  }

  @Override
  public void run() {
    byte[] buffer = new byte[BUFFER_SIZE];
    try {
      for (int read; (read = in.read(buffer)) >= 0; ) {
        if (!pass(buffer, read)) {
          return;
        }
      }
    } catch (IOException | InterruptedException ended) {
      // The connection was closed, by a side or by a toxic.
    } finally {
      shut.run();
    }
  }

  /** Passes what was read, span by span; false once a toxic cut the connection. */
  private boolean pass(byte[] bytes, int count) throws IOException, InterruptedException {
    delay();
    int pos = 0;
    int start = 0;
    while (pos < count && !blackholed) {
      resolveCut();
      if (cutDue() || limit.get() == 0) {
        send(bytes, start, pos - start);
        return false;
      }
      int span = frames.span(count - pos);
      if (frames.index() == cutIndex) {
        span = Math.min(span, cutOffset - frames.offset());
      }
      long left = limit.get();
      if (left > 0) {
        span = (int) Math.min(span, left);
        limit.compareAndSet(left, left - span);
      }
      if (rewriting == null && frames.atBoundary() && (rewritingWith = rewriter) != null) {
        send(bytes, start, pos - start);
        rewriting = new ByteArrayOutputStream();
      }
      boolean rewrite = rewriting != null;
      if (rewrite) {
        rewriting.write(bytes, pos, span);
      }
      boolean complete = frames.consume(bytes, pos, span);
      pos += span;
      if (rewrite) {
        start = pos;
      }
      if (complete) {
        packets.incrementAndGet();
        if (rewrite) {
          emitRewritten();
        }
      }
    }
    send(bytes, start, pos - start);
    dropped.addAndGet(count - pos);
    return true;
  }

  /** Turns a cut asked for from another thread into a packet index, at a point between spans. */
  private void resolveCut() {
    long[] request = cutRequest;
    if (request != null) {
      cutRequest = null;
      cutIndex = request[0] < 0 ? NO_CUT : (frames.atBoundary() ? frames.index() : frames.index() + 1) + request[0];
      cutOffset = (int) request[1];
    }
  }

  /** Whether the cut point is reached: the chosen byte of the chosen packet, or that packet's end. */
  private boolean cutDue() {
    return frames.index() > cutIndex || (frames.index() == cutIndex && frames.offset() >= cutOffset);
  }

  /** Sends the packet collected for the rewrite hook as the hook returns it. */
  private void emitRewritten() throws IOException, InterruptedException {
    byte[] wire = rewriting.toByteArray();
    rewriting = null;
    byte[] payload = new byte[wire.length - 4];
    System.arraycopy(wire, 4, payload, 0, payload.length);
    byte[] rewritten = rewritingWith.apply(new FaultProxyPacket(frames.index() - 1, frames.sequenceId(), payload)).encode();
    send(rewritten, 0, rewritten.length);
  }

  private void delay() throws InterruptedException {
    long jitter = jitterNanos;
    long delay = latencyNanos + (jitter == 0 ? 0 : random.nextLong(-jitter, jitter + 1));
    if (delay > 0) {
      TimeUnit.NANOSECONDS.sleep(delay);
    }
  }

  /** Writes in slices and at the bandwidth the toxics allow. */
  private void send(byte[] bytes, int offset, int count) throws IOException, InterruptedException {
    long perSecond = bytesPerSecond;
    int slice = sliceSize;
    long sliceDelay = sliceDelayNanos;
    int piece = count;
    if (slice > 0) {
      piece = Math.min(piece, slice);
    }
    if (perSecond > 0) {
      piece = (int) Math.min(piece, Math.max(1, perSecond / 10));
    }
    for (int pos = offset, end = offset + count; pos < end; ) {
      int n = Math.min(piece, end - pos);
      if (perSecond > 0) {
        TimeUnit.NANOSECONDS.sleep(TimeUnit.SECONDS.toNanos(n) / perSecond);
      }
      forwarded.addAndGet(n);
      out.write(bytes, pos, n);
      pos += n;
      if (slice > 0 && pos < end && sliceDelay > 0) {
        TimeUnit.NANOSECONDS.sleep(sliceDelay);
      }
    }
  }
}
