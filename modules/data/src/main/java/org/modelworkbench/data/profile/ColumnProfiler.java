package org.modelworkbench.data.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.ValueCount;

/**
 * Profiles the columns of a table.
 *
 * <ul>
 *   <li>every column: missing and distinct counts;
 *   <li>numbers, dates (as epoch days) and timestamps (as epoch seconds, UTC): minimum, maximum,
 *       mean and sample standard deviation (null with fewer than two values);
 *   <li>numbers: a histogram of at most 20 equal-width bins;
 *   <li>categorical and yes/no columns: the 10 most frequent values, ties ordered by value;
 *   <li>free-text columns: the length in words as minimum, maximum, mean, spread and histogram
 *       (see {@link TextProfiler}, which also gives the full {@link org.modelworkbench.model.TextProfile}).
 * </ul>
 *
 * <p>A table in memory is profiled exactly. A column that is streamed from storage
 * ({@link #profileNumbers}, {@link #profileCounts})
 * is profiled in bounded memory: its distinct count is exact up to {@value #DISTINCT_CAP}, and a
 * count equal to {@value #DISTINCT_CAP} means "that many or more"; for a text column with more
 * distinct values than that, values first seen after the cap is reached are left out of the most
 * frequent values.
 */
public final class ColumnProfiler {
  /** How many most frequent values a profile lists. */
  public static final int TOP_VALUES = 10;
  /** The most distinct values a streamed column's profile counts exactly. */
  public static final int DISTINCT_CAP = ColumnProfile.DISTINCT_COUNT_LIMIT;

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
    if (type == ColumnType.TEXT) {
      return TextProfiler.columnProfile(schema, java.util.Arrays.stream(values).filter(v -> v == null).count(),
          visit -> {
            for (Object v : values) {
              if (v != null) {
                visit.accept((String) v, 1);
              }
            }
          });
    }
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
   * Profiles a number, date or timestamp column without holding it in memory; the scan is read
   * twice (summary, then histogram).
   *
   * @param schema the column's name and type; not text or yes/no
   * @param missing how many of its rows are missing
   * @param scan its non-missing values
   * @return its profile; distinct counts stop at {@value #DISTINCT_CAP}
   * @throws IllegalArgumentException for a text or yes/no column
   */
  public static ColumnProfile profileNumbers(ColumnSchema schema, long missing, NumberScan scan) {
    NumberProfileBuilder builder = new NumberProfileBuilder(schema);
    scan.forEach(builder::add);
    return builder.finish(missing, scan);
  }

  /**
   * Profiles a categorical, free-text or yes/no column from its values and their counts, in bounded
   * memory.
   *
   * @param schema the column's name and type; text or yes/no
   * @param missing how many of its rows are missing
   * @param scan its values with their counts
   * @return its profile; distinct counts stop at {@value #DISTINCT_CAP}
   * @throws IllegalArgumentException for any other column type
   */
  public static ColumnProfile profileCounts(ColumnSchema schema, long missing, CountScan scan) {
    ColumnType type = schema.type();
    if (type == ColumnType.TEXT) {
      return TextProfiler.columnProfile(schema, missing, scan);
    }
    if (type != ColumnType.CATEGORICAL && type != ColumnType.BOOLEAN) {
      throw new IllegalArgumentException("Column " + schema.name() + " is " + type.label() + ", not text");
    }
    Map<String, long[]> counts = new HashMap<>();
    scan.forEach((value, count) -> {
      long[] total = counts.get(value);
      if (total != null) {
        total[0] += count;
      } else if (counts.size() < DISTINCT_CAP) {
        counts.put(value, new long[] {count});
      }
    });
    TopValues top = new TopValues(TOP_VALUES);
    counts.forEach((value, total) -> top.offer(value, total[0]));
    return new ColumnProfile(schema.name(), type, missing, counts.size(), null, null, null, null,
        top.result(), List.of());
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

  /**
   * The same counts as {@link #valueCounts(DataTable, String)}, from one column read on its own
   * (a text column is counted by dictionary code, with no object per row).
   *
   * @param column the column
   * @return the counts
   */
  public static List<ValueCount> valueCounts(PrimitiveColumn column) {
    return ValueCounter.count(column);
  }

  private static boolean hasOrder(ColumnType type) {
    return type.isNumeric() || type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
  }
}
