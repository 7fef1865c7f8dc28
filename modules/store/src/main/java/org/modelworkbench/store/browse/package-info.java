/**
 * Browsing a dataset's rows as the dataset view does: a sort order per column
 * ({@link org.modelworkbench.store.browse.ColumnOrder}, cached, with text ranks and a radix sort), filters
 * ({@link org.modelworkbench.store.browse.RowFilters}) and the page of row indexes a query returns.
 */
package org.modelworkbench.store.browse;
