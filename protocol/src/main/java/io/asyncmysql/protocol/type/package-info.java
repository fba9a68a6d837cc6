/**
 * Column types, flags and collations, column definitions, compact result rows, the decoding of row
 * cells to Java values and the binary encoding of statement parameters.
 */
package io.asyncmysql.protocol.type;
