/**
 * Protocol primitives shared by every message: the codec's exception, payload data types, capability
 * and status flags, command codes and packet framing.
 */
package io.asyncmysql.protocol;
