package org.modelworkbench.data.formats;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataTable;

/** Turns collected {@link TypedColumn}s into a {@link DataTable}. */
final class TableBuilder {
  private TableBuilder() {}

  /** Resolves each column's type and builds the table; all columns must have the same size. */
  static DataTable build(List<TypedColumn> columns) {
    List<ColumnSchema> schema = new ArrayList<>(columns.size());
    Object[][] values = new Object[columns.size()][];
    for (int c = 0; c < columns.size(); c++) {
      TypedColumn.Resolved resolved = columns.get(c).resolve();
      schema.add(resolved.schema());
      values[c] = resolved.values();
    }
    return new DataTable(schema, values);
  }
}
