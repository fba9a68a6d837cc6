/** Client and server messages of the connection and command phases, named after the protocol documentation. */
package io.asyncmysql.protocol.message;
