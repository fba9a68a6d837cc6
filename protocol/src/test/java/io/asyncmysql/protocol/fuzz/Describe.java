package io.asyncmysql.protocol.fuzz;

import io.asyncmysql.protocol.Packet;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ColumnType;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.asyncmysql.protocol.type.RowData;
import io.asyncmysql.protocol.type.ValueDecoder;
import io.netty.buffer.ByteBufUtil;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a decoded value with its contents, arrays and records included, so that two decodes of
 * the same bytes can be compared as text.
 */
final class Describe {
  private static final ColumnDefinition BYTES =
      new ColumnDefinition("def", "", "", "", "c", "", 63, 0, ColumnType.BLOB, 0, 0, null, null);

  private Describe() {}

  static String of(Object value) {
    return switch (value) {
      case null -> "null";
      case byte[] bytes -> "0x" + ByteBufUtil.hexDump(bytes);
      case float[] floats -> Arrays.toString(floats);
      case Packet packet -> "Packet(" + packet.sequenceId() + ", 0x" + ByteBufUtil.hexDump(packet.payload()) + ")";
      case RowData row -> row(row);
      case Record record -> record(record);
      case List<?> list -> list.stream().map(Describe::of).toList().toString();
      default -> value.getClass().getSimpleName() + "(" + value + ")";
    };
  }

  private static String row(RowData row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.columnCount(); i++) {
      cells.add(of(ValueDecoder.decode(row, i, BYTES, byte[].class, DecodeOptions.DEFAULT)));
    }
    return (row.isBinary() ? "BinaryRow" : "TextRow") + cells;
  }

  private static String record(Record record) {
    List<String> components = new ArrayList<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        components.add(component.getName() + "=" + of(component.getAccessor().invoke(record)));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return record.getClass().getSimpleName() + components;
  }
}
