package org.modelworkbench.data.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.ValueCount;

/**
 * Profiles the columns of a table.
 *
 * <ul>
 *   <li>every column: missing and distinct counts;
 *   <li>numbers, dates (as epoch days) and timestamps (as epoch seconds, UTC): minimum, maximum,
 *       mean and sample standard deviation (null with fewer than two values);
 *   <li>numbers: a histogram of at most 20 equal-width bins;
 *   <li>text and yes/no columns: the 10 most frequent values, ties ordered by value.
 * </ul>
 */
public final class ColumnProfiler {
  /** How many most frequent values a profile lists. */
  public static final int TOP_VALUES = 10;

  private ColumnProfiler() {}

  /**
   * Profiles every column.
   *
   * @param table the table
   * @return one profile per column, in column order
   */
  public static List<ColumnProfile> profile(DataTable table) {
    List<ColumnProfile> profiles = new ArrayList<>(table.columnCount());
    for (int c = 0; c < table.columnCount(); c++) {
      profiles.add(profile(table, c));
    }
    return profiles;
  }

  /**
   * Profiles one column.
   *
   * @param table the table
   * @param column the column's index
   * @return its profile
   */
  public static ColumnProfile profile(DataTable table, int column) {
    ColumnSchema schema = table.columns().get(column);
    ColumnType type = schema.type();
    Object[] values = table.columnValues(column);
    long missing = 0;
    Set<Object> distinct = new HashSet<>();
    for (Object v : values) {
      if (v == null) {
        missing++;
      } else {
        distinct.add(v);
      }
    }
    NumericSummary summary = new NumericSummary();
    List<HistogramBin> histogram = List.of();
    if (hasOrder(type)) {
      double[] numbers = table.numericColumn(column);
      for (double x : numbers) {
        if (!Double.isNaN(x)) {
          summary.add(x);
        }
      }
      if (type.isNumeric() && summary.count() > 0) {
        histogram = Histograms.of(numbers, summary.min(), summary.max(), type == ColumnType.INTEGER);
      }
    }
    List<ValueCount> top = List.of();
    if (type == ColumnType.CATEGORICAL || type == ColumnType.BOOLEAN) {
      List<ValueCount> counts = ValueCounter.count(values);
      top = counts.subList(0, Math.min(TOP_VALUES, counts.size()));
    }
    return new ColumnProfile(schema.name(), type, missing, distinct.size(), summary.min(), summary.max(),
        summary.mean(), summary.sampleStddev(), top, histogram);
  }

  /**
   * Every value of a column with how often it occurs, most frequent first (ties by value); missing
   * values are left out. Used to show class balance.
   *
   * @param table the table
   * @param column the column's name
   * @return the counts
   * @throws IllegalArgumentException when the table has no such column
   */
  public static List<ValueCount> valueCounts(DataTable table, String column) {
    return ValueCounter.count(table.columnValues(table.columnIndex(column)));
  }

  private static boolean hasOrder(ColumnType type) {
    return type.isNumeric() || type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
  }
}
