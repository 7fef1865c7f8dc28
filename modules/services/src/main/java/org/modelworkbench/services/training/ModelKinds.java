package org.modelworkbench.services.training;

import java.util.List;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;

/**
 * The kinds of model that make sense for a dataset: an image network for a folder of pictures; for
 * a table, the table models, and the text models only when a column other than the target holds
 * free text. A run of another kind trains, if at all, on the wrong inputs (an image network on a
 * table's numbers), so the shells offer only these and the table route refuses the rest.
 */
final class ModelKinds {
  private ModelKinds() {}

  /**
   * The kinds in the order a shell offers them, its default first.
   *
   * @param target the column to predict, or null
   * @param encoderBase whether the base model is a text encoder (then only the encoder kind fits)
   */
  static List<ModelKind> of(DatasetInfo dataset, String target, boolean encoderBase) {
    if (dataset.holdsImages()) {
      return List.of(ModelKind.CNN);
    }
    if (encoderBase) {
      return List.of(ModelKind.ENCODER);
    }
    boolean text = dataset.textColumns().stream().anyMatch(c -> !c.equals(target));
    return text ? List.of(ModelKind.TFIDF, ModelKind.ENCODER, ModelKind.MLP, ModelKind.LINEAR)
        : List.of(ModelKind.MLP, ModelKind.LINEAR);
  }
}
