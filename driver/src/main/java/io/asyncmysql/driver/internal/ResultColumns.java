package io.asyncmysql.driver.internal;

import io.asyncmysql.driver.ColumnMetadata;
import io.asyncmysql.protocol.type.ColumnDefinition;
import io.asyncmysql.protocol.type.ColumnFlags;
import io.asyncmysql.protocol.type.DecodeOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The columns of a result set, shared by its rows and, through {@link ColumnCache}, by the connection's
 * other results of the same columns: definitions, public metadata and label lookup. Immutable but for
 * the lookup, built on first use and published safely to any thread.
 */
final class ResultColumns {
  static final ResultColumns NONE = new ResultColumns(new ColumnDefinition[0], DecodeOptions.DEFAULT);

  final ColumnDefinition[] definitions;
  final DecodeOptions decodeOptions;
  private final List<ColumnMetadata> metadata;
  private volatile Map<String, Integer> indexByLabel;

  ResultColumns(ColumnDefinition[] definitions, DecodeOptions decodeOptions) {
    this.definitions = definitions;
    this.decodeOptions = decodeOptions;
    List<ColumnMetadata> list = new ArrayList<>(definitions.length);
    for (ColumnDefinition d : definitions) {
      list.add(metadata(d));
    }
    this.metadata = Collections.unmodifiableList(list);
  }

  List<ColumnMetadata> metadata() {
    return metadata;
  }

  /**
   * The index of the first column with {@code label}, ignoring case.
   *
   * @throws NoSuchElementException naming the labels there are
   */
  int indexOf(String label) {
    Map<String, Integer> index = indexByLabel;
    if (index == null) {
      index = new HashMap<>();
      for (int i = definitions.length - 1; i >= 0; i--) {
        index.put(definitions[i].name().toLowerCase(Locale.ROOT), i);
      }
      indexByLabel = index;
    }
    Integer i = index.get(label.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw new NoSuchElementException("column: " + label + " (expected: one of " + metadata.stream().map(ColumnMetadata::label).toList() + ")");
    }
    return i;
  }

  private static ColumnMetadata metadata(ColumnDefinition d) {
    boolean unsigned = d.isUnsigned();
    String typeName = d.extendedTypeName() != null && !d.extendedTypeName().isEmpty()
        ? d.extendedTypeName().toUpperCase(Locale.ROOT)
        : SqlTypeNames.of(d) + (unsigned ? " UNSIGNED" : "");
    return new ColumnMetadata(d.name(), d.orgName(), d.table(), d.orgTable(), d.schema(), typeName, d.columnLength(),
        d.decimals(), !ColumnFlags.has(d.flags(), ColumnFlags.NOT_NULL), unsigned, d.isBinary(),
        ColumnFlags.has(d.flags(), ColumnFlags.AUTO_INCREMENT));
  }
}
