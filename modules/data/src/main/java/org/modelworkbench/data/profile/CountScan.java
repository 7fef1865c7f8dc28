package org.modelworkbench.data.profile;

import java.util.function.ObjLongConsumer;

/**
 * A text or yes/no column given as values with how often they occur. The same value may be given
 * more than once; its counts add up.
 */
@FunctionalInterface
public interface CountScan {
  /**
   * Visits the non-missing values with their counts.
   *
   * @param valueAndCount receives a value as text ({@code true}/{@code false} for yes/no columns)
   *     and how many rows hold it
   */
  void forEach(ObjLongConsumer<String> valueAndCount);
}
