/**
 * The driver's machinery behind the public API: TLS set-up and, later, the connection's Netty
 * pipeline. Not exported by the module; nothing here is API.
 */
package io.asyncmysql.driver.internal;
