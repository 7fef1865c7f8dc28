package org.modelworkbench.services.scoring;

import java.util.List;
import org.modelworkbench.model.DatasetInfo;

/**
 * What to evaluate a library model on.
 *
 * @param modelName the model's name in the library
 * @param dataset the dataset version with known targets
 * @param target the column holding the true class
 * @param columns for a tabular model, the dataset columns that feed its inputs in order; empty for
 *     every column but the target, in dataset order
 * @param signature for a TensorFlow SavedModel, the signature to call; null for {@code serving_default}
 */
public record ModelEvaluationRequest(String modelName, DatasetInfo dataset, String target, List<String> columns,
    String signature) {
  /** Copies the list. */
  public ModelEvaluationRequest {
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  /** A request that calls a SavedModel's {@code serving_default} signature. */
  public ModelEvaluationRequest(String modelName, DatasetInfo dataset, String target, List<String> columns) {
    this(modelName, dataset, target, columns, null);
  }
}
