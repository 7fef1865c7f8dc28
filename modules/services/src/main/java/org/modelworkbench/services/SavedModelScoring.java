package org.modelworkbench.services;

import java.nio.file.Path;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.store.ArtifactStore;

/** Runs a SavedModel as it is on dataset rows: its serving signature, or the one the user names. */
final class SavedModelScoring {
  private static final int BATCH = 64;

  private SavedModelScoring() {}

  /** The signature's first output for each row. */
  static float[][] outputs(Path folder, ModelSignature model, String modelName, DataTable rows,
      ModelEvaluationRequest request, ArtifactStore artifacts) {
    String name = request.signature() == null ? SavedModelRunner.SERVING : request.signature();
    return run(folder, SavedModelInputs.signature(model, name, modelName), rows, request.target(),
        request.columns(), artifacts);
  }

  /** The named signature's first output for each row. */
  static float[][] run(Path folder, SignatureSpec signature, DataTable rows, String target,
      java.util.List<String> columns, ArtifactStore artifacts) {
    SavedModelInputs.Examples examples = SavedModelInputs.of(rows, signature, target, columns, artifacts);
    try (SavedModelRunner runner = SavedModelRunner.load(folder, signature.name())) {
      return runner.forwardAll(examples.values(), examples.shape(), BATCH);
    }
  }
}
