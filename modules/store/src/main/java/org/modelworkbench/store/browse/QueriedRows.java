package org.modelworkbench.store.browse;

import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.RowPage;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowView;

/** A {@link RowView} over the row indexes a query kept, reading each page through a picker. */
public final class QueriedRows implements RowView {
  /** Reads the rows at given indexes, in that order. */
  @FunctionalInterface
  public interface Picker {
    DataTable pick(int[] rows);
  }

  private final RowQuery query;
  private final int[] order;
  private final long totalRows;
  private final Picker picker;

  /**
   * Creates the view.
   *
   * @param query the query answered
   * @param order the kept row indexes, in the query's order; not copied
   * @param totalRows the dataset's number of rows
   * @param picker reads rows
   */
  public QueriedRows(RowQuery query, int[] order, long totalRows, Picker picker) {
    this.query = query;
    this.order = order;
    this.totalRows = totalRows;
    this.picker = picker;
  }

  @Override
  public RowQuery query() {
    return query;
  }

  @Override
  public int rowCount() {
    return order.length;
  }

  @Override
  public long totalRows() {
    return totalRows;
  }

  @Override
  public int[] rowNumbers(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
    }
    int from = Math.min(offset, order.length);
    int to = (int) Math.min(order.length, (long) from + limit);
    return java.util.Arrays.copyOfRange(order, from, to);
  }

  @Override
  public RowPage rows(int offset, int limit) {
    int[] rows = rowNumbers(offset, limit);
    return new RowPage(picker.pick(rows), rows);
  }

  @Override
  public String toString() {
    return "RowView[" + order.length + " of " + totalRows + " rows, " + query + "]";
  }
}
