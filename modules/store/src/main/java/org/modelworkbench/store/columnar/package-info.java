/**
 * The columnar files of one dataset version: one file per column, little-endian, written once by
 * {@link org.modelworkbench.store.columnar.ColumnWriter} and read back by {@link org.modelworkbench.store.columnar.ColumnarReader} (whole
 * columns, picked rows, or number scans for the profile). No SQL here.
 */
package org.modelworkbench.store.columnar;
