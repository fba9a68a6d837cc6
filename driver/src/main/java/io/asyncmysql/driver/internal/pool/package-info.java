/**
 * The connection pool behind {@link io.asyncmysql.driver.MySqlPool}: {@link
 * io.asyncmysql.driver.internal.pool.ConnectionPool} is the public face, {@code Allocator} lends,
 * opens and retires connections under one lock held for O(1) work, and {@code PooledConnection} is
 * what a borrower holds. Not exported by the module; nothing here is API.
 */
package io.asyncmysql.driver.internal.pool;
