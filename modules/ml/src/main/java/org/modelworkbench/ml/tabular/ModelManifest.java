package org.modelworkbench.ml.tabular;

import java.util.List;
import org.modelworkbench.ml.features.Preprocessor;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;

/**
 * The {@code model.json} beside a saved model's parameters: everything needed to rebuild the
 * network and to turn a table into its inputs and its outputs back into predictions.
 *
 * @param formatVersion layout version of this file
 * @param engine the engine that wrote the parameters
 * @param task classification or regression
 * @param target the predicted column
 * @param labels class labels in output order (classification), else empty
 * @param kind the network kind
 * @param hiddenUnits hidden layer widths (MLP), else empty
 * @param featureColumns the input columns, in order
 * @param inputWidth number of network inputs after preprocessing
 * @param preprocessor the fitted preprocessing
 * @param targetScaling the regression target's standardisation, or null for classification
 * @param parametersFile the parameters file's name in the same folder
 */
record ModelManifest(
    int formatVersion,
    String engine,
    Task task,
    String target,
    List<String> labels,
    ModelKind kind,
    List<Integer> hiddenUnits,
    List<String> featureColumns,
    int inputWidth,
    Preprocessor preprocessor,
    TargetScaling targetScaling,
    String parametersFile) {

  /** The layout version this code writes and the newest it reads. */
  static final int FORMAT_VERSION = 1;

  /** Copies the lists (null lists read from older files become empty). */
  ModelManifest {
    labels = labels == null ? List.of() : List.copyOf(labels);
    hiddenUnits = hiddenUnits == null ? List.of() : List.copyOf(hiddenUnits);
    featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
  }

  /** Number of network outputs: one per class, or one number. */
  int outputWidth() {
    return task == Task.CLASSIFICATION ? labels.size() : 1;
  }
}
