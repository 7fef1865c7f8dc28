package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.services.library.SavedModelInputs;
import org.modelworkbench.store.ArtifactStore;

/**
 * Runs a SavedModel as it is on dataset rows or image files: its serving signature, or the one
 * the user names.
 */
public final class SavedModelScoring {
  private static final int BATCH = 64;

  private SavedModelScoring() {}

  /** The signature's first output for each row. */
  static float[][] outputs(Path folder, ModelSignature model, String modelName, DataTable rows,
      ModelEvaluationRequest request, ArtifactStore artifacts) {
    String name = request.signature() == null ? SavedModelRunner.SERVING : request.signature();
    return run(folder, SavedModelInputs.signature(model, name, modelName), rows, request.target(),
        request.columns(), artifacts, model.normalization());
  }

  /** The named signature's first output for each row, images normalised as the model expects. */
  public static float[][] run(Path folder, SignatureSpec signature, DataTable rows, String target,
      List<String> columns, ArtifactStore artifacts, ImageNormalization normalization) {
    return run(folder, signature, SavedModelInputs.of(rows, signature, target, columns, artifacts, normalization));
  }

  /** The named signature's first output for each image file, normalised as the model expects. */
  static float[][] runFiles(Path folder, SignatureSpec signature, List<Path> files,
      ImageNormalization normalization) {
    return run(folder, signature, SavedModelInputs.ofFiles(files, signature, normalization));
  }

  private static float[][] run(Path folder, SignatureSpec signature, SavedModelInputs.Examples examples) {
    try (SavedModelRunner runner = SavedModelRunner.load(folder, signature.name())) {
      return runner.forwardAll(examples.values(), examples.shape(), BATCH);
    }
  }
}
