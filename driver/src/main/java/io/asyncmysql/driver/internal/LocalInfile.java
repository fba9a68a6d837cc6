package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.MySqlConnectOptions;
import io.asyncmysql.driver.MySqlException.Delivery;
import io.asyncmysql.driver.MySqlSecurityException;
import io.asyncmysql.protocol.message.LocalInfileData;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

/**
 * Answers the server's request for a file in {@code LOAD DATA LOCAL INFILE}, only for a file the
 * user allowed: {@code allowLocalInfile} must be on, the file must be the one a {@code LOAD DATA LOCAL
 * INFILE} statement in the text that was sent names (exactly, see {@link LoadDataStatements}), and, when {@code localInfileDirectory} is set, it must lie inside that directory once links
 * are resolved. Any other request is refused: the empty packet that ends the exchange is sent (so the
 * protocol stays in step) and the statement fails with a {@link MySqlSecurityException}.
 *
 * <p>The file is read on a virtual thread, never on the event loop, one packet at a time: each chunk
 * waits for the previous one to be written, so memory stays at one chunk.
 */
final class LocalInfile {
  private static final int CHUNK = 64 * 1024;

  private LocalInfile() {}

  /**
   * Decides on a request and, when it is allowed, starts sending the file.
   *
   * @return the refusal, or {@code null} when the file is being sent
   */
  static MySqlSecurityException answer(ChannelHandlerContext ctx, MySqlConnectOptions options, String sql, boolean noBackslashEscapes, String fileName) {
    Path file;
    try {
      file = allowedFile(options, sql, noBackslashEscapes, fileName);
    } catch (MySqlSecurityException refused) {
      ctx.writeAndFlush(LocalInfileData.end());
      return refused;
    }
    Thread.ofVirtual().name("asyncmysql-local-infile").start(() -> send(ctx, file));
    return null;
  }

  private static Path allowedFile(MySqlConnectOptions options, String sql, boolean noBackslashEscapes, String fileName) {
    if (!options.allowLocalInfile()) {
      throw refusal("the server asked for local file '" + fileName + "', but allowLocalInfile is off");
    }
    if (fileName.isEmpty() || !LoadDataStatements.localFiles(sql, noBackslashEscapes).contains(fileName)) {
      throw refusal("the server asked for local file '" + fileName + "', which the statement does not name");
    }
    Path file = Path.of(fileName).toAbsolutePath().normalize();
    Path directory = options.localInfileDirectory();
    if (directory != null) {
      try {
        Path real = file.toRealPath();
        if (!real.startsWith(directory.toRealPath()) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
          throw refusal("local file '" + fileName + "' is not a regular file inside localInfileDirectory " + directory);
        }
        return real;
      } catch (IOException e) {
        throw refusal("local file '" + fileName + "' cannot be read: " + e.getMessage());
      }
    }
    return file;
  }

  private static void send(ChannelHandlerContext ctx, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[CHUNK];
      for (int n; (n = in.readNBytes(chunk, 0, CHUNK)) > 0; ) {
        ByteBuf data = ctx.alloc().buffer(n).writeBytes(chunk, 0, n);
        ctx.writeAndFlush(new LocalInfileData(data)).get();
      }
    } catch (IOException | ExecutionException e) {
      // The server learns of it from the early end of the data and answers with an error or a short count.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ctx.writeAndFlush(LocalInfileData.end());
    }
  }

  private static MySqlSecurityException refusal(String message) {
    return new MySqlSecurityException(message, Delivery.IN_DOUBT);
  }
}
