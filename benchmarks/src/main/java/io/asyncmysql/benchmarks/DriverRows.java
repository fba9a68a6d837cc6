package io.asyncmysql.benchmarks;

import io.asyncmysql.driver.Row;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * asyncmysql's row as its driver hands it to users: the package-private {@code ResultRow} that the
 * driver's result readers create from each row packet (the row payload copied and indexed; its
 * cells decoded by {@link Row#get(int)}), reached by reflection as {@link VertxRows} reaches
 * Vert.x's decoder.
 */
final class DriverRows {
  private static final MethodHandle READ;
  private static final Constructor<?> COLUMNS;

  static {
    try {
      Class<?> columns = Class.forName("io.asyncmysql.driver.internal.ResultColumns");
      COLUMNS = columns.getDeclaredConstructor(ColumnDefinition[].class, DecodeOptions.class);
      COLUMNS.setAccessible(true);
      Method read = Class.forName("io.asyncmysql.driver.internal.ResultRow")
          .getDeclaredMethod("read", columns, ByteBuf.class, boolean.class);
      read.setAccessible(true);
      READ = MethodHandles.lookup().unreflect(read)
          .asType(MethodType.methodType(Row.class, Object.class, ByteBuf.class, boolean.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Object columns;

  DriverRows(ColumnDefinition[] definitions) {
    try {
      columns = COLUMNS.newInstance(definitions, DecodeOptions.DEFAULT);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("asyncmysql's ResultColumns moved", e);
    }
  }

  /** Reads a row payload of the text or binary protocol, as the driver does for each row packet. */
  Row read(ByteBuf payload, boolean binary) {
    try {
      return (Row) READ.invokeExact(columns, payload, binary);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
