/**
 * The public API: {@link io.asyncmysql.driver.MySqlConnection} and its options, results and
 * exceptions. Every operation returns a {@link java.util.concurrent.CompletableFuture} and never
 * blocks the calling thread.
 */
package io.asyncmysql.driver;
