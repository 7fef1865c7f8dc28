package org.modelworkbench.services.library;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/**
 * The table a SavedModel head reads: one decimal column per feature the base gives. Training builds
 * it from the training rows and scoring from the rows to predict, so both name the columns alike.
 */
public final class SavedModelFeatures {
  private static final String FEATURE_PREFIX = "f";

  private SavedModelFeatures() {}

  /**
   * Feature vectors as a table: columns {@code f0…fN}, plus the target column when given.
   *
   * @param values one feature vector per row
   * @param target the target column's name, or null
   * @param targetValues the target of each row, or null
   */
  public static DataTable featureTable(float[][] values, String target, String[] targetValues) {
    int width = values.length == 0 ? 0 : values[0].length;
    List<ColumnSchema> columns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      columns.add(new ColumnSchema(FEATURE_PREFIX + c, ColumnType.DECIMAL));
    }
    Object[][] table = new Object[width + (target == null ? 0 : 1)][];
    for (int c = 0; c < width; c++) {
      Object[] column = new Object[values.length];
      for (int r = 0; r < values.length; r++) {
        column[r] = (double) values[r][c];
      }
      table[c] = column;
    }
    if (target != null) {
      columns.add(new ColumnSchema(target, ColumnType.CATEGORICAL));
      table[width] = targetValues;
    }
    return new DataTable(columns, table);
  }
}
