/**
 * The MySQL/MariaDB client/server protocol as a Netty codec. Internal to asyncmysql: its packages
 * are exported to the driver only, and may change in any release.
 */
module io.asyncmysql.protocol {
  requires transitive io.netty.buffer;
  requires io.netty.codec;
  requires io.netty.common;
  requires io.netty.transport;
  requires org.bouncycastle.provider;

  exports io.asyncmysql.protocol to io.asyncmysql.driver;
  exports io.asyncmysql.protocol.auth to io.asyncmysql.driver;
  exports io.asyncmysql.protocol.message to io.asyncmysql.driver;
  exports io.asyncmysql.protocol.type to io.asyncmysql.driver;
}
