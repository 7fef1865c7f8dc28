package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import java.util.List;

/**
 * What a prediction wrote.
 *
 * @param output the CSV written
 * @param rows number of rows predicted
 * @param addedColumns the columns added to the input's: the prediction and class probabilities
 * @param skipped pictures that could not be read and were left out (empty for table rows)
 */
public record PredictionOutcome(Path output, long rows, List<String> addedColumns, List<Skipped> skipped) {
  /** Copies the lists. */
  public PredictionOutcome {
    addedColumns = List.copyOf(addedColumns);
    skipped = List.copyOf(skipped);
  }

  /** An outcome with nothing left out. */
  public PredictionOutcome(Path output, long rows, List<String> addedColumns) {
    this(output, rows, addedColumns, List.of());
  }

  /**
   * A picture left out of a prediction.
   *
   * @param file the file as given (path inside the folder, or the CSV's {@code file} value)
   * @param reason why it cannot be read, for example "truncated PNG"
   */
  public record Skipped(String file, String reason) {}
}
