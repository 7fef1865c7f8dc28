package org.modelworkbench.model;

import java.util.List;

/**
 * Summary statistics of one column of an imported dataset.
 *
 * @param name column name
 * @param type inferred type
 * @param missing number of missing values
 * @param distinct number of distinct non-missing values
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

  /** Copies the lists so the profile stays immutable. */
  public ColumnProfile {
    topValues = topValues == null ? List.of() : List.copyOf(topValues);
    histogram = histogram == null ? List.of() : List.copyOf(histogram);
  }

  /** The column's schema part. */
  public ColumnSchema schema() {
    return new ColumnSchema(name, type);
  }
}
