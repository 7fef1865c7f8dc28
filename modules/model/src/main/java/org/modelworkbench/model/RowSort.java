package org.modelworkbench.model;

import java.util.Objects;

/**
 * How the rows of a {@link RowQuery} are ordered: by one column, ascending or descending. Rows
 * with equal values keep their original order in both directions, and missing values come last in
 * both directions.
 *
 * @param column the column's exact name
 * @param ascending smallest first when true, largest first when false
 */
public record RowSort(String column, boolean ascending) {
  /** Validates that the column is present. */
  public RowSort {
    Objects.requireNonNull(column, "column");
  }
}
