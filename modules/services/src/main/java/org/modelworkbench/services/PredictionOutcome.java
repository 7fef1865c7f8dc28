package org.modelworkbench.services;

import java.nio.file.Path;
import java.util.List;

/**
 * What a prediction wrote.
 *
 * @param output the CSV written
 * @param rows number of rows predicted
 * @param addedColumns the columns added to the input's: the prediction and class probabilities
 */
public record PredictionOutcome(Path output, long rows, List<String> addedColumns) {
  /** Copies the list. */
  public PredictionOutcome {
    addedColumns = List.copyOf(addedColumns);
  }
}
