package org.modelworkbench.data.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/** Builds small tables for the tests, one column at a time. */
final class Tables {
  private final List<ColumnSchema> schema = new ArrayList<>();
  private final List<Object[]> columns = new ArrayList<>();

  /** Starts an empty table. */
  static Tables with() {
    return new Tables();
  }

  /** Adds a column with the given values (null for empty cells). */
  Tables column(String name, ColumnType type, Object... values) {
    schema.add(new ColumnSchema(name, type));
    columns.add(values);
    return this;
  }

  /** The table. */
  DataTable build() {
    return new DataTable(schema, columns.toArray(new Object[0][]));
  }

  /** Whole numbers from {@code first} up, {@code count} of them. */
  static Object[] sequence(long first, int count) {
    Object[] values = new Object[count];
    for (int i = 0; i < count; i++) {
      values[i] = first + i;
    }
    return values;
  }

  /** The value {@code v} repeated {@code count} times. */
  static Object[] repeat(Object v, int count) {
    Object[] values = new Object[count];
    Arrays.fill(values, v);
    return values;
  }

  /** Values cycling through {@code choices}: row i gets {@code choices[i % choices.length]}. */
  static Object[] cycle(int count, Object... choices) {
    Object[] values = new Object[count];
    for (int i = 0; i < count; i++) {
      values[i] = choices[i % choices.length];
    }
    return values;
  }
}
