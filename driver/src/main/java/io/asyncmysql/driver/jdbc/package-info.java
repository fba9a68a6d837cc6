/**
 * JDBC on virtual threads: unmodified JDBC code (DAOs, Spring's {@code JdbcTemplate}, HikariCP)
 * over the driver's futures. Each JDBC call issues the Future API call and waits with {@link
 * io.asyncmysql.driver.jdbc.VirtualThreads#await}, which parks a virtual thread instead of holding a
 * platform thread, and refuses to block a Netty event loop.
 *
 * <p>Entry points: {@link io.asyncmysql.driver.jdbc.AsyncMySqlDriver} for {@code jdbc:asyncmysql://}
 * URLs, {@link io.asyncmysql.driver.jdbc.AsyncMySqlDataSource} over a pool or any other source of
 * connections, and {@link io.asyncmysql.driver.jdbc.VirtualThreads} to bridge the two styles.
 */
package io.asyncmysql.driver.jdbc;
