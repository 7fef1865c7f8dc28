package org.modelworkbench.store.columnar;

/** Receives a number, date or timestamp column's values; see {@code DatasetAppender#forEachNumber}. */
@FunctionalInterface
public interface NumberVisitor {
  /**
   * Takes one non-missing value.
   *
   * @param number the value as a double (dates as epoch days, timestamps as epoch seconds)
   * @param identity equal for equal values and different for different ones
   */
  void accept(double number, long identity);
}
