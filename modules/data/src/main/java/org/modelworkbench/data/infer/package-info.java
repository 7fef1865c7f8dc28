/**
 * Reading typed values out of text cells: which tokens mean "missing", which formats a column's
 * values fit, and converting a cell to the Java type its column holds.
 *
 * <p>{@link org.modelworkbench.data.infer.ColumnTypeInferrer} watches every value of a column and
 * keeps the formats that still fit; {@link org.modelworkbench.data.infer.ValueFormat} then turns
 * each cell into a {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate},
 * {@code LocalDateTime} or {@code String}.
 */
package org.modelworkbench.data.infer;
