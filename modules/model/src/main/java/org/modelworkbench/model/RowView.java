package org.modelworkbench.model;

/**
 * The rows of a dataset version that a {@link RowQuery} keeps, in its order, computed once and read
 * page by page. Reading a page costs time in proportion to the page, wherever it is.
 */
public interface RowView {
  /** The query this view answers. */
  RowQuery query();

  /** The number of rows the query keeps. */
  int rowCount();

  /** The number of rows of the whole dataset version. */
  long totalRows();

  /**
   * The original row numbers of a range of the kept rows, without reading the rows.
   *
   * @param offset kept rows to skip, 0 or more
   * @param limit most row numbers to return, 0 or more
   * @return 0-based row numbers in the dataset, in the view's order, cut at the last kept row
   */
  int[] rowNumbers(int offset, int limit);

  /**
   * A page of the kept rows.
   *
   * @param offset kept rows to skip, 0 or more
   * @param limit most rows to return, 0 or more
   * @return the rows, cut at the last kept row, with their original row numbers
   * @throws WorkbenchException if the rows cannot be read
   */
  RowPage rows(int offset, int limit);
}
