package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modelworkbench.ml.image.ImageModel;
import org.modelworkbench.ml.library.ImageTensors;
import org.modelworkbench.ml.library.Shapes;
import org.modelworkbench.ml.torchscript.TorchScriptModel;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TopKAccuracy;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.TargetRows;
import org.modelworkbench.services.library.ModelLibrary;
import org.modelworkbench.services.library.SavedModelHeadBase;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.services.library.TextEncoderSource;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Evaluates a library model as it is on a labelled dataset and stores the evaluation: tabular
 * columns feed its inputs in order, images are resized and scaled to its input, integer labels
 * 0…k-1 map to its outputs and other labels through its labels file. A model trained in the
 * project scores with its own preprocessing; a head on a SavedModel's features runs its base
 * SavedModel first.
 */
public final class ModelEvaluation {
  private static final int BATCH = 64;
  private static final String FILE_COLUMN = "file";

  private final ProjectDatabase database;
  private final ModelLibrary library;

  public ModelEvaluation(ProjectDatabase database, ModelLibrary library) {
    this.database = database;
    this.library = library;
  }

  /**
   * Evaluates the model on every labelled row of the dataset.
   *
   * @return the stored evaluation, with top-k accuracy for image models of more than two classes
   * @throws WorkbenchException when the model cannot run here or the data does not fit it
   */
  public ModelEvaluationOutcome evaluate(ModelEvaluationRequest request) {
    ModelInfo model = library.find(request.modelName());
    ModelSignature signature = library.signature(model);
    DataTable rows = database.datasets().rows(request.dataset().id());
    if (!rows.hasColumn(request.target())) {
      throw new WorkbenchException("The dataset '" + request.dataset().name() + "' has no column '"
          + request.target() + "' to compare the predictions with.");
    }
    DataTable known = TargetRows.labelledOnly(rows, request.target());
    if (known.rowCount() == 0) {
      throw new WorkbenchException("No row has a value in the target column '" + request.target() + "'.");
    }
    Predictions predictions;
    boolean tensorFlow = "TensorFlow".equals(model.engine());
    boolean images = ModelSignature.IMAGE.equals(signature.inputKind());
    java.util.Optional<TextEncoderSource> text = new TextEncoderLibrary(database).imported(model);
    if (SavedModelHeadBase.is(model)) {
      predictions = new SavedModelHead(database).predict(model, known, request.target(), request.columns());
    } else if (TextEncoderLibrary.KIND.equals(model.kind())) {
      predictions = TextEncoderEvaluation.predict(model, text.orElseThrow(() -> new WorkbenchException(
          "The text model '" + model.name() + "' has a damaged folder; import it again.")), request.dataset(), known,
          request.target(), request.columns());
    } else if (!tensorFlow && !"torchscript".equals(model.kind())) {
      // A model trained in this project: its folder says whether it takes images or table rows.
      Path folder = library.modelFolder(model);
      images = images || ImageModel.isImageModel(folder);
      predictions = ModelPredictions.predict(folder, known, database.artifacts());
    } else {
      if (signature.outputCount() > 0) {
        requireSharedClasses(model, ModelPredictions.outputNames(signature.labels(),
            Math.toIntExact(signature.outputCount())), signature.labels().size() != signature.outputCount(), known,
            request.target());
      }
      float[][] outputs;
      if (tensorFlow) {
        outputs = SavedModelScoring.outputs(library.modelFolder(model), signature, model.name(), known, request,
            database.artifacts());
      } else {
        float[][] inputs = images ? imageInputs(known, signature) : tabularInputs(known, signature, request);
        outputs = run(library.modelFile(model), inputs, Shapes.toArray(signature.inputShape()));
      }
      predictions = ModelPredictions.classes(outputs, signature.labels());
    }
    requireSharedClasses(model, predictions, known, request.target());
    Metrics metrics = MetricsScorer.score(predictions, known, request.target());
    TopKAccuracy topK = null;
    if (images && predictions.task() == Task.CLASSIFICATION) {
      topK = TopKScorer.score(known.textColumn(known.columnIndex(request.target())), predictions.probabilities(),
          predictions.classLabels());
    }
    EvaluationInfo stored = database.evaluations().insert(null, model.id(), request.dataset().id(), "all", metrics,
        topK);
    return new ModelEvaluationOutcome(model, stored, topK);
  }

  private static void requireSharedClasses(ModelInfo model, Predictions predictions, DataTable known,
      String target) {
    if (predictions.task() == Task.CLASSIFICATION && predictions.classLabels() != null) {
      requireSharedClasses(model, predictions.classLabels(), false, known, target);
    }
  }

  /**
   * Refuses a model none of whose outputs is a class of the target: a feature extractor (outputs
   * 0…k-1 with no labels) or a classifier of other classes would only score zero.
   */
  private static void requireSharedClasses(ModelInfo model, List<String> outputs, boolean unnamed, DataTable known,
      String target) {
    java.util.SortedSet<String> classes = new java.util.TreeSet<>();
    Arrays.stream(known.textColumn(known.columnIndex(target))).filter(java.util.Objects::nonNull)
        .forEach(classes::add);
    if (classes.isEmpty() || outputs.stream().anyMatch(classes::contains)) {
      return;
    }
    String shown = classes.size() <= 5 ? String.join(", ", classes)
        : String.join(", ", classes.stream().limit(5).toList()) + ", …";
    if (unnamed) {
      throw new WorkbenchException("The model '" + model.name() + "' gives " + outputs.size()
          + " unnamed outputs (features, not the classes of '" + target + "': " + shown
          + "), so it cannot be evaluated as it is. Fine-tune it on this dataset as a base model, or import it again"
          + " with its labels file if it is a classifier.");
    }
    throw new WorkbenchException("None of the classes the model '" + model.name() + "' predicts ("
        + (outputs.size() <= 5 ? String.join(", ", outputs) : String.join(", ", outputs.subList(0, 5)) + ", …")
        + ") is a class of '" + target + "' (" + shown + "), so it cannot be evaluated as it is on this dataset."
        + " Fine-tune it on this dataset as a base model instead.");
  }

  private float[][] imageInputs(DataTable known, ModelSignature signature) {
    if (!known.hasColumn(FILE_COLUMN)) {
      throw new WorkbenchException("This model takes images, but the dataset has no '" + FILE_COLUMN
          + "' column of images. Evaluate it on a dataset imported from a folder of images.");
    }
    String[] files = known.textColumn(known.columnIndex(FILE_COLUMN));
    Path[] paths = new Path[files.length];
    for (int i = 0; i < files.length; i++) {
      paths[i] = database.artifacts().resolve(files[i]);
    }
    return ImageTensors.load(paths, Shapes.toArray(signature.inputShape()), signature.normalization());
  }

  private static float[][] tabularInputs(DataTable known, ModelSignature signature, ModelEvaluationRequest request) {
    List<String> columns = request.columns();
    if (columns.isEmpty()) {
      columns = new ArrayList<>(known.columnNames());
      columns.remove(request.target());
    }
    long width = signature.inputShape().size() == 1 ? signature.inputShape().get(0) : -1;
    if (width != columns.size()) {
      throw new WorkbenchException("The model takes " + (width < 0 ? "an input of shape "
          + Shapes.text(signature.inputShape()) : width + " input columns") + " but " + columns.size()
          + " columns were given (" + String.join(", ", columns) + "). Choose them with --columns a,b,c.");
    }
    float[][] out = new float[known.rowCount()][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      if (!known.hasColumn(columns.get(c))) {
        throw new WorkbenchException("The dataset has no column '" + columns.get(c) + "'.");
      }
      double[] values = known.numericColumn(known.columnIndex(columns.get(c)));
      for (int r = 0; r < values.length; r++) {
        if (Double.isNaN(values[r])) {
          throw new WorkbenchException("The column '" + columns.get(c) + "' has a missing or non-numeric value "
              + "in row " + (r + 1) + "; the model needs numbers in every input column.");
        }
        out[r][c] = (float) values[r];
      }
    }
    return out;
  }

  private static float[][] run(Path file, float[][] inputs, long[] shape) {
    float[][] outputs = new float[inputs.length][];
    try (TorchScriptModel loaded = TorchScriptModel.load(file)) {
      for (int start = 0; start < inputs.length; start += BATCH) {
        int end = Math.min(inputs.length, start + BATCH);
        float[][] batch = java.util.Arrays.copyOfRange(inputs, start, end);
        float[][] out = loaded.forward(batch, shape);
        System.arraycopy(out, 0, outputs, start, out.length);
      }
    }
    return outputs;
  }
}
