package org.modelworkbench.model;

import java.util.List;

/**
 * Which rows of a dataset to show and in which order: the rows meeting every filter, sorted by one
 * column or else in their original order.
 *
 * @param sort the order, or null for the original order
 * @param filters the conditions, all of which a row must meet; empty keeps every row
 */
public record RowQuery(RowSort sort, List<RowFilter> filters) {
  /** Copies the filters so the query stays immutable. */
  public RowQuery {
    filters = filters == null ? List.of() : List.copyOf(filters);
  }

  /** Every row in its original order. */
  public static RowQuery all() {
    return new RowQuery(null, List.of());
  }

  /** Whether this query keeps every row in its original order. */
  public boolean isAll() {
    return sort == null && filters.isEmpty();
  }

  /**
   * This query sorted another way.
   *
   * @param newSort the order, or null for the original order
   * @return a new query with the same filters
   */
  public RowQuery sortedBy(RowSort newSort) {
    return new RowQuery(newSort, filters);
  }

  /**
   * This query with other filters.
   *
   * @param newFilters the conditions
   * @return a new query with the same order
   */
  public RowQuery filteredBy(List<RowFilter> newFilters) {
    return new RowQuery(sort, newFilters);
  }
}
