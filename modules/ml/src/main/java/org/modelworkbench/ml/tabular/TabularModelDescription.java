package org.modelworkbench.ml.tabular;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * What a saved tabular model folder says about itself in its {@code model.json}.
 *
 * @param kind the network kind, for example {@code mlp}
 * @param task classification or regression
 * @param target the column it predicts
 * @param labels class labels in output order (classification), else empty
 * @param featureColumns the input columns, in order
 * @param inputWidth network inputs after preprocessing
 * @param outputWidth network outputs: one per class, or one number
 */
public record TabularModelDescription(String kind, Task task, String target, List<String> labels,
    List<String> featureColumns, int inputWidth, int outputWidth) {

  /** Copies the lists. */
  public TabularModelDescription {
    labels = List.copyOf(labels);
    featureColumns = List.copyOf(featureColumns);
  }

  /**
   * Reads a model folder's manifest.
   *
   * @throws WorkbenchException when the folder holds no readable model
   */
  public static TabularModelDescription read(Path modelDir) {
    ModelManifest m = ModelFiles.readManifest(modelDir);
    return new TabularModelDescription(m.kind().label(), m.task(), m.target(), m.labels(), m.featureColumns(),
        m.inputWidth(), m.outputWidth());
  }
}
