package org.modelworkbench.services.library;

import java.nio.file.Path;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * What a head trained on a TensorFlow SavedModel's features (kind {@value #HEAD_KIND}) stands on:
 * its base SavedModel in the library and the signature whose first output feeds the head. Scoring
 * runs the pair; export packs it; training records the signature the head was trained with.
 */
public final class SavedModelHeadBase {
  /** The library kind of a head trained on a SavedModel's features. */
  public static final String HEAD_KIND = "savedmodel-head";
  /** The run setting that names the base's feature signature. */
  public static final String SIGNATURE_SETTING = "signature";

  private final ProjectDatabase database;

  public SavedModelHeadBase(ProjectDatabase database) {
    this.database = database;
  }

  /** Whether the model is a head on a SavedModel's features. */
  public static boolean is(ModelInfo model) {
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
  public record Base(ModelInfo model, Path folder, SignatureSpec signature, ImageNormalization normalization) {}

  /**
   * Where the head's features come from: its base model and the signature recorded with the run
   * that trained it.
   *
   * @throws WorkbenchException when the base model or the run is gone from the project
   */
  public Base base(ModelInfo head) {
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
}
