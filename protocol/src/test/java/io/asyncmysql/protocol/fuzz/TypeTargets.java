package io.asyncmysql.protocol.fuzz;

import io.asyncmysql.protocol.Capabilities;
import io.asyncmysql.protocol.ProtocolException;
import io.asyncmysql.protocol.Session;
import io.asyncmysql.protocol.fuzz.Samples.Sample;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ColumnType;
import io.asyncmysql.protocol.type.DecodeOptions;
import io.asyncmysql.protocol.type.RowData;
import io.asyncmysql.protocol.type.ValueConversionException;
import io.asyncmysql.protocol.type.ValueDecoder;
import io.asyncmysql.protocol.type.ZeroDateBehavior;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Column definitions, rows of both protocols, and the values of their cells. */
final class TypeTargets {
  private static final Set<Class<? extends Throwable>> VALUES =
      Set.of(ProtocolException.class, ValueConversionException.class);

  /** Every class a cell may be asked for, the unsupported ones included. */
  static final List<Class<?>> JAVA_TYPES =
      List.of(
          Object.class, String.class, byte[].class, long.class, Long.class, int.class, Integer.class, short.class,
          Short.class, byte.class, Byte.class, boolean.class, Boolean.class, double.class, Double.class, float.class,
          Float.class, BigInteger.class, BigDecimal.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
          Instant.class, OffsetDateTime.class, ZonedDateTime.class, Duration.class, Year.class, UUID.class, Set.class,
          float[].class, char.class, List.class);

  private static final List<Session> COLUMN_SESSIONS =
      List.of(
          Session.INITIAL,
          new Session(Capabilities.MARIADB_EXTENDED_TYPE_INFO, StandardCharsets.UTF_8, 1 << 24, true),
          new Session(0, StandardCharsets.ISO_8859_1, 1 << 24, false),
          new Session(Capabilities.MARIADB_EXTENDED_TYPE_INFO, StandardCharsets.UTF_16LE, 1 << 24, true));

  private static final List<ZoneId> ZONES =
      List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/St_Johns"));

  private static final List<List<ColumnDefinition>> LAYOUTS = layouts();

  private TypeTargets() {}

  static List<FuzzTarget> all() {
    return List.of(
        FuzzTarget.payload("ColumnDefinition", 2, columnDefinitionSeeds(), MessageTargets.PROTOCOL, TypeTargets::column),
        FuzzTarget.payload("RowData.text", 3, rowSeeds(false), VALUES, TypeTargets::textRow),
        FuzzTarget.payload("RowData.binary", 3, rowSeeds(true), VALUES, TypeTargets::binaryRow),
        FuzzTarget.bytes("ValueDecoder.text", 4, cellSeeds(false), VALUES, TypeTargets::textCell),
        FuzzTarget.bytes("ValueDecoder.binary", 4, cellSeeds(true), VALUES, TypeTargets::binaryCell));
  }

  private static void column(ByteBuf payload, Choices choices, Probe probe) {
    Session session = choices.next(COLUMN_SESSIONS);
    probe.attempt("ColumnDefinition", () -> ColumnDefinition.decode(payload, session));
  }

  /** Decodes a text row with its layout's column count, rarely with a wrong one. */
  private static void textRow(ByteBuf payload, Choices choices, Probe probe) {
    List<ColumnDefinition> layout = choices.next(LAYOUTS);
    int size = layout.size();
    int columnCount = choices.rarely(8) ? choices.next(List.of(-1, 0, size - 1, size + 1, 0xFFFF, Integer.MAX_VALUE)) : size;
    RowData row = probe.attempt("RowData.text", () -> RowData.text(payload, columnCount));
    if (row != null && columnCount == layout.size()) {
      decodeCells(row, layout, choices, probe);
    }
  }

  /** Decodes a binary row with its layout's columns, rarely with another layout's. */
  private static void binaryRow(ByteBuf payload, Choices choices, Probe probe) {
    List<ColumnDefinition> layout = choices.next(LAYOUTS);
    List<ColumnDefinition> decodedWith = choices.rarely(8) ? choices.next(LAYOUTS) : layout;
    ColumnDefinition[] columns = decodedWith.toArray(new ColumnDefinition[0]);
    RowData row = probe.attempt("RowData.binary", () -> RowData.binary(payload, columns));
    if (row != null) {
      decodeCells(row, decodedWith, choices, probe);
    }
  }

  /** Decodes every cell of a row as its natural type, as String and as one more class. */
  private static void decodeCells(RowData row, List<ColumnDefinition> layout, Choices choices, Probe probe) {
    DecodeOptions options = options(choices);
    Class<?> another = choices.next(JAVA_TYPES);
    for (int i = 0; i < layout.size(); i++) {
      ColumnDefinition column = layout.get(i);
      for (Class<?> target : List.of(Object.class, String.class, another)) {
        int index = i;
        probe.attempt(label(column, target), () -> ValueDecoder.decode(row, index, column, target, options));
      }
    }
  }

  /** Puts a cell in a one-column text row and decodes it as every Java type. */
  private static void textCell(byte[] cell, Choices choices, Probe probe) {
    ColumnDefinition column = choices.next(Samples.ALL).column();
    RowData row = read(Samples.textRow(List.of(cell)), payload -> probe.attempt("RowData.text", () -> RowData.text(payload, 1)));
    decodeAsEveryType(row, column, choices, probe);
  }

  /** Puts a cell, with the prefix its column type takes, in a one-column binary row and decodes it as every type. */
  private static void binaryCell(byte[] cell, Choices choices, Probe probe) {
    ColumnDefinition column = choices.next(Samples.ALL).column();
    ColumnDefinition[] columns = {column};
    byte[] payload = Samples.binaryRow(column.type(), cell);
    RowData row = read(payload, buffer -> probe.attempt("RowData.binary", () -> RowData.binary(buffer, columns)));
    decodeAsEveryType(row, column, choices, probe);
  }

  /** Decodes a one-column row's cell as every Java type, for its column or, rarely, another sample's. */
  private static void decodeAsEveryType(RowData row, ColumnDefinition column, Choices choices, Probe probe) {
    if (row == null) {
      return;
    }
    ColumnDefinition decodedWith = choices.rarely(8) ? choices.next(Samples.ALL).column() : column;
    DecodeOptions options = options(choices);
    for (Class<?> target : JAVA_TYPES) {
      probe.attempt(label(decodedWith, target), () -> ValueDecoder.decode(row, 0, decodedWith, target, options));
    }
  }

  private static RowData read(byte[] payload, Function<ByteBuf, RowData> reader) {
    ByteBuf buffer = Unpooled.wrappedBuffer(payload);
    try {
      return reader.apply(buffer);
    } finally {
      buffer.release();
    }
  }

  private static DecodeOptions options(Choices choices) {
    return new DecodeOptions(choices.next(Arrays.asList(ZeroDateBehavior.values())), choices.next(ZONES));
  }

  private static String label(ColumnDefinition column, Class<?> target) {
    return "ValueDecoder " + column.type() + (column.isUnsigned() ? " UNSIGNED" : "") + " as " + target.getSimpleName();
  }

  private static List<Seed> columnDefinitionSeeds() {
    List<Seed> seeds = new ArrayList<>();
    seeds.add(Seed.hex("03 646566 00 00 00 11 404076657273696f6e5f636f6d6d656e74 00 0c 0800 1c000000 fd 0000 1f 0000"));
    seeds.add(Seed.hex("03 646566 04 74657374 01 74 01 74 02 6964 02 6964 0c 3f00 0a000000 03 2342 00 0000"));
    for (Sample sample : Samples.ALL) {
      seeds.add(new Seed(Samples.columnDefinition(sample.column(), null, null), 0, COLUMN_SESSIONS.size()));
    }
    seeds.add(extended(ColumnType.STRING, "json", null));
    seeds.add(extended(ColumnType.GEOMETRY, "point", null));
    seeds.add(extended(ColumnType.STRING, "uuid", "uuid"));
    seeds.add(extended(ColumnType.VARCHAR, "inet6", "ipv6"));
    return seeds;
  }

  private static Seed extended(ColumnType type, String typeName, String format) {
    byte[] payload = Samples.columnDefinition(Samples.column(type, 0, 63, 255, 0), typeName, format);
    return new Seed(payload, 1, COLUMN_SESSIONS.size());
  }

  /** For every layout, a row of its first valid cells, and one with every third cell NULL. */
  private static List<Seed> rowSeeds(boolean binary) {
    List<Seed> seeds = new ArrayList<>();
    for (int layout = 0; layout < LAYOUTS.size(); layout++) {
      List<ColumnDefinition> columns = LAYOUTS.get(layout);
      for (int nullEvery : new int[] {0, 3}) {
        List<byte[]> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          cells.add(nullEvery > 0 && i % nullEvery == 1 ? null : validCell(columns.get(i), binary, i));
        }
        byte[] row = binary ? Samples.binaryRow(columns, cells) : Samples.textRow(cells);
        seeds.add(new Seed(row, layout, LAYOUTS.size()));
      }
    }
    return seeds;
  }

  /** Every valid cell of every sample, with the sample as the first choice. */
  private static List<Seed> cellSeeds(boolean binary) {
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i < Samples.ALL.size(); i++) {
      Sample sample = Samples.ALL.get(i);
      for (byte[] cell : binary ? sample.binaries() : sample.texts()) {
        seeds.add(new Seed(cell, i, Samples.ALL.size()));
      }
    }
    return seeds;
  }

  /** A valid cell for the column: a sample's cell of the same type, picked by {@code variety}. */
  private static byte[] validCell(ColumnDefinition column, boolean binary, int variety) {
    List<byte[]> cells = new ArrayList<>();
    for (Sample sample : Samples.ALL) {
      if (sample.column().type() == column.type()) {
        cells.addAll(binary ? sample.binaries() : sample.texts());
      }
    }
    return cells.get(variety % cells.size());
  }

  private static List<List<ColumnDefinition>> layouts() {
    List<ColumnDefinition> every = Samples.ALL.stream().map(Sample::column).toList();
    ColumnDefinition tiny = Samples.column(ColumnType.TINY, 0, 63, 4, 0);
    return List.of(
        Samples.TEN_COLUMNS,
        every,
        Collections.nCopies(9, tiny),
        List.of(
            Samples.column(ColumnType.LONGLONG, 0, 63, 20, 0), Samples.column(ColumnType.DATETIME, 0, 63, 19, 0),
            Samples.column(ColumnType.TIME, 0, 63, 10, 0), Samples.column(ColumnType.VAR_STRING, 0, 45, 255, 0),
            Samples.column(ColumnType.DOUBLE, 0, 63, 22, 31), Samples.column(ColumnType.NULL, 0, 63, 0, 0),
            Samples.column(ColumnType.DATE, 0, 63, 10, 0)),
        List.of(Samples.column(ColumnType.VARCHAR, 0, 45, 255, 0)),
        List.of());
  }
}
