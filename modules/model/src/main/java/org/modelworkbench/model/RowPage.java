package org.modelworkbench.model;

import java.util.Arrays;

/**
 * A page of a {@link RowView}: the rows and, for each, its 0-based row number in the dataset.
 *
 * @param rows the rows, in the view's order
 * @param rowNumbers one 0-based original row number per row
 */
public record RowPage(DataTable rows, int[] rowNumbers) {
  /** Checks that there is one row number per row and copies them. */
  public RowPage {
    if (rows.rowCount() != rowNumbers.length) {
      throw new IllegalArgumentException(rows.rowCount() + " rows but " + rowNumbers.length + " row numbers");
    }
    rowNumbers = rowNumbers.clone();
  }

  /** A copy of the row numbers. */
  @Override
  public int[] rowNumbers() {
    return rowNumbers.clone();
  }

  /**
   * One row's original row number.
   *
   * @param row the row's index in this page
   * @return its 0-based row number in the dataset
   */
  public int rowNumber(int row) {
    return rowNumbers[row];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowPage other && rows.equals(other.rows) && Arrays.equals(rowNumbers, other.rowNumbers);
  }

  @Override
  public int hashCode() {
    return 31 * rows.hashCode() + Arrays.hashCode(rowNumbers);
  }

  @Override
  public String toString() {
    return "RowPage[" + rows.rowCount() + " rows]";
  }
}
