package io.asyncmysql.protocol.message;

import io.asyncmysql.protocol.CommandCode;
import io.asyncmysql.protocol.Session;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_QUERY}: runs a text statement, written in the session's charset. This is the form
 * without query attributes: the client never asks for {@code CLIENT_QUERY_ATTRIBUTES}.
 *
 * @param sql the statement text
 * @see <a href="https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_com_query.html">COM_QUERY</a>
 */
public record ComQuery(String sql) implements CommandMessage {
  @Override
  public void encode(ByteBuf out, Session session) {
    out.writeByte(CommandCode.QUERY);
    out.writeCharSequence(sql, session.charset());
  }
}
