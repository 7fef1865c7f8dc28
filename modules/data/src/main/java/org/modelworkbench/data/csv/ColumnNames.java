package org.modelworkbench.data.csv;

import java.util.HashMap;
import java.util.Map;
import org.modelworkbench.model.DataFormatException;

/** Column names: checked ones from a header row, or generated ones for a file without a header. */
final class ColumnNames {
  private ColumnNames() {}

  /**
   * The trimmed names of a header row.
   *
   * @throws DataFormatException naming the line and column of an empty or repeated name
   */
  static String[] fromHeader(CsvRow header, String fileName) {
    String[] cells = header.fields();
    String[] names = new String[cells.length];
    Map<String, Integer> columnByName = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i].trim();
      String position = Integer.toString(i + 1);
      if (name.isEmpty()) {
        throw new DataFormatException(fileName, header.line(), position,
            "the header has an empty column name.");
      }
      Integer earlier = columnByName.putIfAbsent(name, i + 1);
      if (earlier != null) {
        throw new DataFormatException(fileName, header.line(), position,
            "the header repeats the column name '" + name + "' (first used in column " + earlier + ").");
      }
      names[i] = name;
    }
    return names;
  }

  /** Names {@code column_1} to {@code column_n}. */
  static String[] generated(int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = "column_" + (i + 1);
    }
    return names;
  }
}
