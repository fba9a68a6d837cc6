/**
 * asyncmysql: non-blocking MySQL and MariaDB connections whose every operation returns a {@link
 * java.util.concurrent.CompletableFuture}.
 */
module io.asyncmysql.driver {
  requires transitive java.sql;
  requires java.sql.rowset;
  requires io.asyncmysql.protocol;
  requires io.netty.buffer;
  requires io.netty.codec;
  requires io.netty.common;
  requires io.netty.handler;
  requires io.netty.transport;
  requires static io.netty.transport.classes.epoll;
  requires static io.netty.transport.unix.common;

  requires static micrometer.core;

  exports io.asyncmysql.driver;
  exports io.asyncmysql.driver.jdbc;
  exports io.asyncmysql.driver.micrometer;

  provides java.sql.Driver with io.asyncmysql.driver.jdbc.AsyncMySqlDriver;
}
