package org.modelworkbench.ml.tensorflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.ml.library.OutputScores;
import org.modelworkbench.ml.training.EpochFolders;
import org.modelworkbench.ml.training.EpochScore;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.ml.training.EpochSteps;
import org.modelworkbench.model.WorkbenchException;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Tensor;
import org.tensorflow.proto.DataType;

/**
 * The SavedModel {@code full} route's part of the epoch loop: one call of the model's own
 * {@code train} signature per batch (the signature runs the forward pass, the loss and one
 * optimiser step inside TensorFlow), the validation cross-entropy and accuracy of the scoring
 * signature, and each epoch exported as a SavedModel checkpoint.
 *
 * <p>The best epoch is kept as its checkpoint folder and copied out at the end
 * ({@link #keepBestModel}), so exporting the model costs one export per epoch, not two. Besides the
 * best epoch's folder, the latest two stay: a run is resumed from the epoch its stored curve ends
 * at, which lags the newest checkpoint by one if the process died between the two writes.
 */
final class SavedModelSteps implements EpochSteps {
  /** The signatures and their tensor names. */
  record Signatures(SessionFunction train, String exampleKey, String classKey, DataType classType,
      SessionFunction score, String scoreKey) {}

  private final SavedModelBundle bundle;
  private final Signatures signatures;
  private final SavedModelTrainingRequest request;

  SavedModelSteps(SavedModelBundle bundle, Signatures signatures,
      SavedModelTrainingRequest request) {
    this.bundle = bundle;
    this.signatures = signatures;
    this.request = request;
  }

  @Override
  public double trainBatch(int[] order, int from, int to) {
    try (Tensor x = TensorBatches.examples(request.trainInputs(), order, from, to,
            request.exampleShape());
        Tensor y = TensorBatches.classes(request.trainClasses(), order, from, to,
            signatures.classType());
        Result result = signatures.train().call(
            Map.of(signatures.exampleKey(), x, signatures.classKey(), y))) {
      return TensorBatches.values(result.get(0))[0];
    }
  }

  /** Validation loss (cross-entropy of the scores) and accuracy. */
  @Override
  public EpochScore validate() {
    int n = request.validationInputs().length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    float[] flat;
    try (Tensor x = TensorBatches.examples(request.validationInputs(), order, 0, n,
            request.exampleShape());
        Result result = signatures.score().call(Map.of(signatures.scoreKey(), x))) {
      flat = TensorBatches.values(result.get(0));
    }
    int k = flat.length / n;
    float[][] rows = new float[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = Arrays.copyOfRange(flat, i * k, (i + 1) * k);
    }
    double[][] p = OutputScores.probabilities(rows);
    double loss = 0;
    int correct = 0;
    for (int i = 0; i < n; i++) {
      int truth = request.validationClasses()[i];
      loss -= Math.log(Math.max(truth < k ? p[i][truth] : 0, 1e-12));
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (p[i][c] > p[i][best]) {
          best = c;
        }
      }
      correct += best == truth ? 1 : 0;
    }
    return new EpochScore(loss / n, (double) correct / n);
  }

  /** Nothing to write yet: the best epoch's checkpoint is its model, see {@link #keepBestModel}. */
  @Override
  public void keepBest(int epoch) {}

  @Override
  public void checkpoint(EpochState state) {
    SavedModelWriter.write(bundle, checkpoint(request, state.epoch()));
    try {
      EpochFolders.retainOnly(request.checkpointDir(),
          Set.copyOf(List.of(state.epoch(), state.epoch() - 1, state.bestEpoch())));
    } catch (IOException e) {
      throw new WorkbenchException("The older checkpoints in '" + request.checkpointDir()
          + "' could not be removed: " + e.getMessage(), e);
    }
  }

  /** The checkpoint folder of an epoch. */
  static Path checkpoint(SavedModelTrainingRequest request, int epoch) {
    return EpochFolders.of(request.checkpointDir(), epoch);
  }

  /** Writes the best epoch's checkpoint as the output model, when an epoch finished. */
  static void keepBestModel(SavedModelTrainingRequest request, int bestEpoch) {
    if (bestEpoch > 0) {
      SavedModelWriter.copy(checkpoint(request, bestEpoch), request.outputFolder());
    }
  }
}
