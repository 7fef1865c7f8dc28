package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.image.ImageModel;
import org.modelworkbench.ml.library.OutputScores;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.ImageDatasets;
import org.modelworkbench.services.library.SavedModelHeadBase;
import org.modelworkbench.services.library.SavedModelInputs;
import org.modelworkbench.store.ArtifactStore;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Predicts rows with a model a run kept: a tabular or image model, a TensorFlow SavedModel
 * fine-tuned in full, or a head on a SavedModel's features.
 */
public final class ModelPredictions {
  private ModelPredictions() {}

  /**
   * Predicts the rows with whichever kind of model this is.
   *
   * @param model a model kept by a run
   * @param rows the rows (image rows need the {@code file} column)
   * @param target the run's target: never an input of a SavedModel
   */
  static Predictions predict(ProjectDatabase database, ModelInfo model, DataTable rows, String target) {
    return predict(database, model, rows, target, "the rows", ProgressListener.NONE, CancellationToken.none());
  }

  /**
   * Predicts the rows with whichever kind of model this is, telling progress where the model scores
   * in batches (text models) and stopping at Cancel between them.
   *
   * @param source what the rows are, for a message naming a missing column: "tickets.csv"
   */
  static Predictions predict(ProjectDatabase database, ModelInfo model, DataTable rows, String target,
      String source, ProgressListener progress, CancellationToken cancel) {
    if (SavedModelHeadBase.is(model)) {
      return new SavedModelHead(database).predict(model, rows, target, List.of());
    }
    Path folder = database.artifacts().resolve(model.path());
    if ("TensorFlow".equals(model.engine())) {
      ModelSignature signature = database.models().signature(model.id());
      float[][] outputs = SavedModelScoring.run(folder, SavedModelInputs.signature(signature,
          SavedModelRunner.SERVING, model.name()), rows, target, List.of(), database.artifacts(),
          signature.normalization());
      return classes(outputs, signature.labels());
    }
    return predict(folder, rows, database.artifacts(), source, progress, cancel);
  }

  /**
   * Predicts image files given by their paths with a model that takes images.
   *
   * @param model a model kept by a run
   * @param files the pictures
   */
  static Predictions predictFiles(ProjectDatabase database, ModelInfo model, List<Path> files) {
    if (SavedModelHeadBase.is(model)) {
      return new SavedModelHead(database).predictFiles(model, files);
    }
    Path folder = database.artifacts().resolve(model.path());
    if ("TensorFlow".equals(model.engine())) {
      ModelSignature signature = database.models().signature(model.id());
      return classes(SavedModelScoring.runFiles(folder, SavedModelInputs.signature(signature,
          SavedModelRunner.SERVING, model.name()), files, signature.normalization()), signature.labels());
    }
    try (ImageModel loaded = ImageModel.load(folder)) {
      return loaded.predict(files);
    }
  }

  /** Whether the model takes images (else rows of a table). */
  static boolean takesImages(ProjectDatabase database, ModelInfo model) {
    return ImageModel.isImageModel(database.artifacts().resolve(model.path()))
        || ModelSignature.IMAGE.equals(database.models().signature(model.id()).inputKind());
  }

  /**
   * Loads the model folder, predicts the rows and frees the model.
   *
   * @param modelDir a tabular, text or image model's folder
   * @param rows the rows (image rows need the {@code file} column)
   * @param artifacts resolves image paths
   */
  public static Predictions predict(Path modelDir, DataTable rows, ArtifactStore artifacts) {
    return predict(modelDir, rows, artifacts, "the rows", ProgressListener.NONE, CancellationToken.none());
  }

  /**
   * Loads the model folder, predicts the rows and frees the model; a text model scores in bounded
   * chunks with progress and Cancel.
   *
   * @param source what the rows are, for a message naming a missing column
   */
  static Predictions predict(Path modelDir, DataTable rows, ArtifactStore artifacts, String source,
      ProgressListener progress, CancellationToken cancel) {
    if (TextTableModel.isTextModel(modelDir)) {
      return TextScoring.predict(modelDir, rows, source, progress, cancel);
    }
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

  /** Class predictions from raw outputs, named by the labels (or 0…k-1 when they do not fit). */
  static Predictions classes(float[][] outputs, List<String> labels) {
    double[][] probabilities = OutputScores.probabilities(outputs);
    int k = outputs.length == 0 ? labels.size() : outputs[0].length;
    List<String> names = labels.size() == k ? labels : numbered(k);
    String[] predicted = new String[outputs.length];
    for (int r = 0; r < outputs.length; r++) {
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (probabilities[r][j] > probabilities[r][best]) {
          best = j;
        }
      }
      predicted[r] = names.get(best);
    }
    return new Predictions(Task.CLASSIFICATION, names, predicted, probabilities, null);
  }

  /** The class names of a library model's outputs: its labels, or 0…k-1 when they do not fit. */
  static List<String> outputNames(List<String> labels, int k) {
    return labels.size() == k ? labels : numbered(k);
  }

  private static List<String> numbered(int k) {
    List<String> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(Integer.toString(i));
    }
    return out;
  }
}
