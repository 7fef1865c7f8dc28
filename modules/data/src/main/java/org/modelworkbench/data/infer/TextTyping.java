package org.modelworkbench.data.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;

/**
 * Decides which columns of strings are free text ({@link ColumnType#TEXT}) and which are
 * categories, from the values ({@link TextShape}) unless the analyst said otherwise. Both kinds
 * hold the same strings, so the decision only relabels a column and never converts a value.
 */
public final class TextTyping {
  private TextTyping() {}

  /**
   * Checks the analyst's types against the columns.
   *
   * @param columns the columns as read
   * @param overrides wanted types by column name: text or categorical
   * @throws WorkbenchException with a plain message for an unknown column, a type other than text
   *     or categorical, or a column that does not hold strings
   */
  public static void check(List<ColumnSchema> columns, Map<String, ColumnType> overrides) {
    for (Map.Entry<String, ColumnType> wanted : overrides.entrySet()) {
      ColumnSchema column = columns.stream().filter(c -> c.name().equals(wanted.getKey())).findFirst()
          .orElseThrow(() -> new WorkbenchException("There is no column '" + wanted.getKey() + "' to set the type of;"
              + " the columns are: " + String.join(", ", columns.stream().map(ColumnSchema::name).toList()) + "."));
      if (!wanted.getValue().holdsStrings()) {
        throw new WorkbenchException("'" + column.name() + "' can be set to text or categorical, not "
            + wanted.getValue().label() + "; other types are found from the values.");
      }
      if (!column.type().holdsStrings()) {
        throw new WorkbenchException("'" + column.name() + "' holds " + column.type().label() + " values, so it"
            + " cannot be read as " + wanted.getValue().label() + "; only columns of words switch between text and"
            + " categorical.");
      }
    }
  }

  /**
   * The final columns: a column the analyst typed gets that type; any other categorical column
   * becomes text when its values look like text; the rest stay as they are.
   *
   * @param columns the columns as read
   * @param overrides wanted types by column name (checked with {@link #check})
   * @param looksLikeText whether a column's values look like free text, by column index
   */
  public static List<ColumnSchema> decide(List<ColumnSchema> columns, Map<String, ColumnType> overrides,
      IntPredicate looksLikeText) {
    check(columns, overrides);
    List<ColumnSchema> out = new ArrayList<>(columns.size());
    for (int c = 0; c < columns.size(); c++) {
      ColumnSchema column = columns.get(c);
      ColumnType wanted = overrides.get(column.name());
      if (wanted != null) {
        out.add(new ColumnSchema(column.name(), wanted));
      } else if (column.type() == ColumnType.CATEGORICAL && looksLikeText.test(c)) {
        out.add(new ColumnSchema(column.name(), ColumnType.TEXT));
      } else {
        out.add(column);
      }
    }
    return out;
  }

  /**
   * A table with the analyst's types applied and every other column as it is; the values are
   * shared.
   *
   * @throws WorkbenchException as {@link #check} does
   */
  public static DataTable override(DataTable table, Map<String, ColumnType> overrides) {
    if (overrides.isEmpty()) {
      return table;
    }
    List<ColumnSchema> columns = decide(table.columns(), overrides, c -> false);
    return columns.equals(table.columns()) ? table : table.withSchema(columns);
  }

  /** A table whose categorical columns that look like free text are typed text. */
  public static DataTable infer(DataTable table) {
    return infer(table, Map.of());
  }

  /**
   * A table with its columns of strings typed as {@link #decide} says; the values are shared.
   *
   * @param table the table as read
   * @param overrides wanted types by column name
   * @throws WorkbenchException as {@link #check} does
   */
  public static DataTable infer(DataTable table, Map<String, ColumnType> overrides) {
    List<ColumnSchema> columns = decide(table.columns(), overrides, c -> {
      TextShape shape = new TextShape();
      for (int r = 0; r < table.rowCount(); r++) {
        Object v = table.value(r, c);
        if (v != null) {
          shape.accept((String) v);
        }
      }
      return shape.looksLikeText();
    });
    return columns.equals(table.columns()) ? table : table.withSchema(columns);
  }
}
