/**
 * Reading typed values out of text cells: which tokens mean "missing", which formats a column's
 * values fit, and converting a cell to the Java type its column holds.
 *
 * <p>{@link org.modelworkbench.data.infer.ColumnTypeInferrer} watches every value of a column and
 * keeps the formats that still fit; {@link org.modelworkbench.data.infer.ValueFormat} then turns
 * each cell into a {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate},
 * {@code LocalDateTime} or {@code String}. {@link org.modelworkbench.data.infer.TextTyping} then
 * tells free text from categories among the columns of strings ({@link
 * org.modelworkbench.data.infer.TextShape}).
 */
package org.modelworkbench.data.infer;
