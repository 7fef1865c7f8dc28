package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.services.library.SavedModelFeatures;
import org.modelworkbench.services.library.SavedModelHeadBase;
import org.modelworkbench.store.ProjectDatabase;

/**
 * A head trained on a TensorFlow SavedModel's features run as one model: its base SavedModel, kept frozen, turns the rows into feature vectors through
 * the signature its run used, and the PyTorch head in the model's own folder classifies them.
 */
public final class SavedModelHead {
  private final ProjectDatabase database;
  private final SavedModelHeadBase bases;

  SavedModelHead(ProjectDatabase database) {
    this.database = database;
    this.bases = new SavedModelHeadBase(database);
  }

  /**
   * Predicts dataset rows: images named by their {@code file} column (relative to the project's
   * artifacts), or numbers in the given columns.
   *
   * @param target the column never fed to the base (the run's target), or null
   * @param columns tabular input columns in order, or empty for every column but the target
   */
  Predictions predict(ModelInfo head, DataTable rows, String target, List<String> columns) {
    SavedModelHeadBase.Base base = bases.base(head);
    float[][] features = SavedModelScoring.run(base.folder(), base.signature(), rows, target, columns,
        database.artifacts(), base.normalization());
    return classify(head, features);
  }

  /** Predicts image files given by their paths. */
  Predictions predictFiles(ModelInfo head, List<Path> files) {
    SavedModelHeadBase.Base base = bases.base(head);
    float[][] features = SavedModelScoring.runFiles(base.folder(), base.signature(), files, base.normalization());
    return classify(head, features);
  }

  private Predictions classify(ModelInfo head, float[][] features) {
    try (TabularModel loaded = TabularModel.load(database.artifacts().resolve(head.path()))) {
      return loaded.predict(SavedModelFeatures.featureTable(features, null, null));
    }
  }
}
