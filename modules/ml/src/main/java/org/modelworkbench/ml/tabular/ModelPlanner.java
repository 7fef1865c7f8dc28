package org.modelworkbench.ml.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.features.Preprocessor;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

/**
 * Decides what a run will train: preprocessing, classes or target scaling, and network shape.
 * A fresh run fits them on the training rows; a warm start takes them from the base model, after
 * checking that the new data fits it.
 */
final class ModelPlanner {
  private ModelPlanner() {}

  /**
   * Plans a run.
   *
   * @param request the run (already validated)
   * @param base the base model's manifest, or null for a fresh run
   * @return the manifest the saved model will have
   * @throws WorkbenchException if the data does not fit the base model
   */
  static ModelManifest plan(TrainingRequest request, ModelManifest base) {
    return base == null ? fresh(request) : warmStart(request, base);
  }

  private static ModelManifest fresh(TrainingRequest request) {
    TrainingSettings settings = request.settings();
    Preprocessor preprocessor = Preprocessor.fit(request.train(), request.featureColumns());
    List<String> labels = List.of();
    TargetScaling scaling = null;
    if (request.task() == Task.CLASSIFICATION) {
      labels = TargetEncoding.classLabels(request.target(), request.train(), request.validation());
    } else {
      TargetEncoding.numbers(request.validation(), request.target());
      scaling = TargetScaling.fit(
          TargetEncoding.present(TargetEncoding.numbers(request.train(), request.target())));
    }
    return new ModelManifest(ModelManifest.FORMAT_VERSION, EngineSetup.ENGINE_NAME,
        request.task(), request.target(), labels, settings.modelKind(),
        settings.modelKind() == ModelKind.MLP ? settings.hiddenUnits() : List.of(),
        preprocessor.featureColumns(), preprocessor.outputWidth(), preprocessor, scaling,
        ModelFiles.PARAMETERS);
  }

  private static ModelManifest warmStart(TrainingRequest request, ModelManifest base) {
    String name = "The base model '" + baseName(request.baseModelDir()) + "'";
    if (base.task() != request.task()) {
      throw new WorkbenchException(name + " is a " + base.task().label()
          + " model but this run is " + request.task().label() + ".");
    }
    checkFeatures(request, base, name);
    if (request.task() == Task.CLASSIFICATION) {
      List<String> labels =
          TargetEncoding.classLabels(request.target(), request.train(), request.validation());
      List<String> unknown = new ArrayList<>(labels);
      unknown.removeAll(base.labels());
      if (!unknown.isEmpty()) {
        throw new WorkbenchException(name + " knows the classes " + base.labels()
            + " but this dataset also has " + unknown + ".");
      }
    } else {
      TargetEncoding.numbers(request.train(), request.target());
      TargetEncoding.numbers(request.validation(), request.target());
    }
    // Keep the base's preprocessing, classes and scaling: its weights only mean something
    // with exactly those inputs and outputs.
    return new ModelManifest(ModelManifest.FORMAT_VERSION, EngineSetup.ENGINE_NAME,
        base.task(), request.target(), base.labels(), base.kind(), base.hiddenUnits(),
        base.featureColumns(), base.inputWidth(), base.preprocessor(), base.targetScaling(),
        ModelFiles.PARAMETERS);
  }

  private static void checkFeatures(TrainingRequest request, ModelManifest base, String name) {
    Set<String> wanted = new HashSet<>(request.featureColumns());
    Set<String> known = new HashSet<>(base.featureColumns());
    if (wanted.equals(known)) {
      return;
    }
    List<String> missing = new ArrayList<>(base.featureColumns());
    missing.removeAll(wanted);
    List<String> extra = new ArrayList<>(request.featureColumns());
    extra.removeAll(known);
    String detail = (missing.isEmpty() ? "" : " Missing columns: " + missing + ".")
        + (extra.isEmpty() ? "" : " Extra columns: " + extra + ".");
    int width = Preprocessor.fit(request.train(), request.featureColumns()).outputWidth();
    if (width != base.inputWidth()) {
      throw new WorkbenchException(name + " expects " + base.inputWidth()
          + " input features but this dataset gives " + width + "." + detail);
    }
    throw new WorkbenchException(name + " was trained on other columns." + detail);
  }

  /** The base model's name as the user knows it: its folder's name. */
  static String baseName(Path baseModelDir) {
    Path fileName = baseModelDir.toAbsolutePath().normalize().getFileName();
    return fileName == null ? baseModelDir.toString() : fileName.toString();
  }
}
