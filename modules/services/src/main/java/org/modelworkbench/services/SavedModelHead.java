package org.modelworkbench.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.TabularModel;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * A head trained on a TensorFlow SavedModel's features (kind {@value #HEAD_KIND})
 * run as one model: its base SavedModel, kept frozen, turns the rows into feature vectors through
 * the signature its run used, and the PyTorch head in the model's own folder classifies them.
 */
public final class SavedModelHead {
  /** The library kind of a head trained on a SavedModel's features. */
  public static final String HEAD_KIND = "savedmodel-head";
  /** The run setting that names the base's feature signature. */
  public static final String SIGNATURE_SETTING = "signature";
  private static final String FEATURE_PREFIX = "f";

  private final ProjectDatabase database;

  SavedModelHead(ProjectDatabase database) {
    this.database = database;
  }

  /** Whether the model is a head on a SavedModel's features. */
  static boolean is(ModelInfo model) {
    return HEAD_KIND.equals(model.kind());
  }

  /**
   * The base SavedModel and the signature whose first output feeds the head.
   *
   * @param model the base model
   * @param folder its SavedModel folder
   * @param signature the feature signature
   * @param normalization how the base expects image pixels after scaling to 0…1
   */
  record Base(ModelInfo model, Path folder, SignatureSpec signature, ImageNormalization normalization) {}

  /**
   * Where the head's features come from: its base model and the signature recorded with the run
   * that trained it.
   *
   * @throws WorkbenchException when the base model or the run is gone from the project
   */
  Base base(ModelInfo head) {
    if (head.baseModelId() == null) {
      throw new WorkbenchException("The model '" + head.name() + "' does not name the SavedModel it was trained on.");
    }
    ModelInfo base = database.models().find(head.baseModelId()).orElseThrow(() -> new WorkbenchException(
        "The SavedModel that model '" + head.name() + "' takes its features from is no longer in the project."));
    String name = head.runId() == null ? null : database.runs().find(head.runId()).map(RunInfo::hyperparameters)
        .map(h -> h.get(SIGNATURE_SETTING)).orElse(null);
    ModelSignature recorded = database.models().signature(base.id());
    SignatureSpec signature = SavedModelInputs.signature(recorded, name == null ? SavedModelRunner.SERVING : name,
        base.name());
    return new Base(base, database.artifacts().resolve(base.path()), signature, recorded.normalization());
  }

  /**
   * Predicts dataset rows: images named by their {@code file} column (relative to the project's
   * artifacts), or numbers in the given columns.
   *
   * @param target the column never fed to the base (the run's target), or null
   * @param columns tabular input columns in order, or empty for every column but the target
   */
  Predictions predict(ModelInfo head, DataTable rows, String target, List<String> columns) {
    Base base = base(head);
    float[][] features = SavedModelScoring.run(base.folder(), base.signature(), rows, target, columns,
        database.artifacts(), base.normalization());
    return classify(head, features);
  }

  /** Predicts image files given by their paths. */
  Predictions predictFiles(ModelInfo head, List<Path> files) {
    Base base = base(head);
    float[][] features = SavedModelScoring.runFiles(base.folder(), base.signature(), files, base.normalization());
    return classify(head, features);
  }

  private Predictions classify(ModelInfo head, float[][] features) {
    try (TabularModel loaded = TabularModel.load(database.artifacts().resolve(head.path()))) {
      return loaded.predict(featureTable(features, null, null));
    }
  }

  /**
   * Feature vectors as a table: columns {@code f0…fN}, plus the target column when given.
   *
   * @param values one feature vector per row
   * @param target the target column's name, or null
   * @param targetValues the target of each row, or null
   */
  public static DataTable featureTable(float[][] values, String target, String[] targetValues) {
    int width = values.length == 0 ? 0 : values[0].length;
    List<ColumnSchema> columns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      columns.add(new ColumnSchema(FEATURE_PREFIX + c, ColumnType.DECIMAL));
    }
    Object[][] table = new Object[width + (target == null ? 0 : 1)][];
    for (int c = 0; c < width; c++) {
      Object[] column = new Object[values.length];
      for (int r = 0; r < values.length; r++) {
        column[r] = (double) values[r][c];
      }
      table[c] = column;
    }
    if (target != null) {
      columns.add(new ColumnSchema(target, ColumnType.CATEGORICAL));
      table[width] = targetValues;
    }
    return new DataTable(columns, table);
  }
}
