package org.modelworkbench.data.profile;

/**
 * A column of numbers, dates or timestamps that can be read through more than once, for example
 * from a columnar file, without holding it in memory.
 */
@FunctionalInterface
public interface NumberScan {
  /**
   * Visits every non-missing value, in any order.
   *
   * @param visitor receives each value
   */
  void forEach(NumberVisitor visitor);
}
