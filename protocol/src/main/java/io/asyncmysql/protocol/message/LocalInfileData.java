package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import io.netty.buffer.Unpooled;

/**
 * A part of the file content the client sends after a {@link LocalInfileRequest}, as it is; an empty
 * part ({@link #end()}) ends the content. Each part continues the exchange's sequence.
 *
 * <p>Reference-counted: the message owns its content; writing it to the channel hands it to the
 * packet encoder, which releases it once encoded. Encoding does not change the content's indexes.
 *
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_query_response_local_infile_request.html">LOCAL INFILE request</a>
 */
public final class LocalInfileData extends DefaultByteBufHolder implements ClientMessage {
  /**
   * Creates a part that takes ownership of {@code content}.
   *
   * @param content the bytes of this part; empty for the end of the content
   */
  public LocalInfileData(ByteBuf content) {
    super(content);
  }

  /** The empty part that ends the content. */
  public static LocalInfileData end() {
    return new LocalInfileData(Unpooled.EMPTY_BUFFER);
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    ByteBuf data = content();
    out.writeBytes(data, data.readerIndex(), data.readableBytes());
  }

  @Override
  public LocalInfileData replace(ByteBuf content) {
    return new LocalInfileData(content);
  }

  @Override
  public LocalInfileData copy() {
    return (LocalInfileData) super.copy();
  }

  @Override
  public LocalInfileData duplicate() {
    return (LocalInfileData) super.duplicate();
  }

  @Override
  public LocalInfileData retainedDuplicate() {
    return (LocalInfileData) super.retainedDuplicate();
  }

  @Override
  public LocalInfileData retain() {
    super.retain();
    return this;
  }

  @Override
  public LocalInfileData retain(int increment) {
    super.retain(increment);
    return this;
  }

  @Override
  public LocalInfileData touch() {
    super.touch();
    return this;
  }

  @Override
  public LocalInfileData touch(Object hint) {
    super.touch(hint);
    return this;
  }

  @Override
  public String toString() {
    return "LocalInfileData(length: " + content().readableBytes() + ")";
  }
}
