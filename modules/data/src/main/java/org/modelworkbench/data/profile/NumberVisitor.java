package org.modelworkbench.data.profile;

/** Receives the non-missing values of a number, date or timestamp column one at a time. */
@FunctionalInterface
public interface NumberVisitor {
  /**
   * Takes one value.
   *
   * @param number the value as {@link org.modelworkbench.model.DataTable#toDouble(Object)} gives it
   *     (dates as epoch days, timestamps as epoch seconds)
   * @param identity a number equal for equal values and different for different ones (the long
   *     itself, the bits of a double, the epoch day, or epoch nanoseconds), used for distinct counts
   */
  void accept(double number, long identity);
}
