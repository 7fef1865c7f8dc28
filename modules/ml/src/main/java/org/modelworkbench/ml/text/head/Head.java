package org.modelworkbench.ml.text.head;

import java.io.IOException;
import java.nio.file.Path;

/** A trained head: class probabilities of head inputs (standardised vector ++ extras). */
interface Head extends AutoCloseable {
  HeadType type();

  /**
   * Class probabilities.
   *
   * @param rows head inputs
   * @return one row per input, one probability per class, summing to 1
   */
  double[][] probabilities(float[][] rows);

  /** Writes the head's weights file into the model folder. */
  void save(Path folder) throws IOException;

  @Override
  void close();
}
