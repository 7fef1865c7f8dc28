package org.modelworkbench.model;

import java.util.List;

/**
 * Summary statistics of one column of an imported dataset.
 *
 * @param name column name
 * @param type inferred type
 * @param missing number of missing values
 * @param distinct number of distinct non-missing values; a column read from storage is counted
 *     exactly up to {@link #DISTINCT_COUNT_LIMIT}, and that count means "that many or more"
 * @param min minimum (numbers; dates as epoch days), or null
 * @param max maximum, or null
 * @param mean mean, or null
 * @param stddev sample standard deviation, or null
 * @param topValues most frequent values (categorical and boolean columns), most frequent first
 * @param histogram histogram of numeric values, or empty
 */
public record ColumnProfile(
    String name,
    ColumnType type,
    long missing,
    long distinct,
    Double min,
    Double max,
    Double mean,
    Double stddev,
    List<ValueCount> topValues,
    List<HistogramBin> histogram) {
  /** The most distinct values a column streamed from storage is counted to; see {@link #distinctText()}. */
  public static final int DISTINCT_COUNT_LIMIT = 1 << 16;

  /** Copies the lists so the profile stays immutable. */
  public ColumnProfile {
    topValues = topValues == null ? List.of() : List.copyOf(topValues);
    histogram = histogram == null ? List.of() : List.copyOf(histogram);
  }

  /** The distinct count for people: the number, or "65,536 or more" when counting stopped at the limit. */
  public String distinctText() {
    String count = String.format(java.util.Locale.ROOT, "%,d", distinct);
    return distinct == DISTINCT_COUNT_LIMIT ? count + " or more" : count;
  }

  /** The column's schema part. */
  public ColumnSchema schema() {
    return new ColumnSchema(name, type);
  }
}
