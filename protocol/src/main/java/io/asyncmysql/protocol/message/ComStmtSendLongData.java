package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Payload;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * {@code COM_STMT_SEND_LONG_DATA}: appends a part of a parameter's value before the statement is
 * executed; the server sends no answer.
 *
 * <p>Reference-counted: the message owns {@code data}; writing it to the channel hands it to the
 * packet encoder, which releases it once encoded. Encoding does not change {@code data}'s indexes.
 */
public final class ComStmtSendLongData extends DefaultByteBufHolder implements CommandMessage {
  private final int statementId;
  private final int parameterIndex;

  /**
   * Creates a message that takes ownership of {@code data}.
   *
   * @param statementId the statement id from {@link StmtPrepareOk}, as the bits of an unsigned int
   * @param parameterIndex the parameter's index, from 0
   * @param data the part of the value
   */
  public ComStmtSendLongData(int statementId, int parameterIndex, ByteBuf data) {
    super(data);
    this.statementId = statementId;
    this.parameterIndex = parameterIndex;
  }

  /** The statement id, as the bits of an unsigned int. */
  public int statementId() {
    return statementId;
  }

  /** The parameter's index, from 0. */
  public int parameterIndex() {
    return parameterIndex;
  }

  /** The server does not answer this command. */
  @Override
  public boolean expectsResponse() {
    return false;
  }

  @Override
  public void encode(ByteBuf out, Session session) {
    ByteBuf data = content();
    out.writeByte(CommandCode.STMT_SEND_LONG_DATA);
    Payload.writeInt4(out, statementId);
    Payload.writeInt2(out, parameterIndex);
    out.writeBytes(data, data.readerIndex(), data.readableBytes());
  }

  @Override
  public ComStmtSendLongData replace(ByteBuf content) {
    return new ComStmtSendLongData(statementId, parameterIndex, content);
  }

  @Override
  public ComStmtSendLongData copy() {
    return (ComStmtSendLongData) super.copy();
  }

  @Override
  public ComStmtSendLongData duplicate() {
    return (ComStmtSendLongData) super.duplicate();
  }

  @Override
  public ComStmtSendLongData retainedDuplicate() {
    return (ComStmtSendLongData) super.retainedDuplicate();
  }

  @Override
  public ComStmtSendLongData retain() {
    super.retain();
    return this;
  }

  @Override
  public ComStmtSendLongData retain(int increment) {
    super.retain(increment);
    return this;
  }

  @Override
  public ComStmtSendLongData touch() {
    super.touch();
    return this;
  }

  @Override
  public ComStmtSendLongData touch(Object hint) {
    super.touch(hint);
    return this;
  }

  @Override
  public String toString() {
    return "ComStmtSendLongData(statementId: "
        + Integer.toUnsignedString(statementId)
        + ", parameterIndex: "
        + parameterIndex
        + ", length: "
        + content().readableBytes()
        + ")";
  }
}
