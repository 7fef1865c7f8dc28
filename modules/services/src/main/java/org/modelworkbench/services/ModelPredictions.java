package org.modelworkbench.services;

import java.nio.file.Path;
import org.modelworkbench.ml.TabularModel;
import org.modelworkbench.ml.image.ImageModel;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ArtifactStore;

/** Predicts rows with a run's saved model, whether it is a tabular or an image model. */
final class ModelPredictions {
  private ModelPredictions() {}

  /**
   * Loads the model folder, predicts the rows and frees the model.
   *
   * @param modelDir the saved model's folder
   * @param rows the rows (image rows need the {@code file} column)
   * @param artifacts resolves image paths
   */
  static Predictions predict(Path modelDir, DataTable rows, ArtifactStore artifacts) {
    if (ImageModel.isImageModel(modelDir)) {
      if (!ImageDatasets.isImage(rows)) {
        throw new WorkbenchException("This model classifies images; pick an image dataset.");
      }
      try (ImageModel model = ImageModel.load(modelDir)) {
        return model.predict(ImageDatasets.files(rows, artifacts));
      }
    }
    try (TabularModel model = TabularModel.load(modelDir)) {
      return model.predict(rows);
    }
  }
}
