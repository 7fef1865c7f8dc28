package org.modelworkbench.services.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.ml.image.ImageModel;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The project's model library as other use cases see it: find a model, its stored files, what it
 * takes and gives, and its lineage (base model, run, fine-tuned models, dataset version).
 *
 * <p>An imported TorchScript model lives in {@code artifacts/models/<sha256>/} as the file named by
 * {@link ModelSignature#modelFile()} (for example {@code model.pt}); its input shape (channels,
 * height, width) and output shape are in {@link #signature(ModelInfo)}.
 */
public final class ModelLibrary {
  private final ProjectDatabase database;

  public ModelLibrary(ProjectDatabase database) {
    this.database = database;
  }

  /** Every model, ordered by name. */
  public List<ModelInfo> list() {
    return database.models().list();
  }

  /**
   * A model by name.
   *
   * @throws WorkbenchException when there is no such model
   */
  public ModelInfo find(String name) {
    return database.models().findByName(name).orElseThrow(() -> new WorkbenchException(
        "There is no model named '" + name + "'. Run 'workbench models' to see the models."));
  }

  /**
   * A model by id.
   *
   * @throws WorkbenchException when there is no such model
   */
  public ModelInfo find(long id) {
    return database.models().find(id)
        .orElseThrow(() -> new WorkbenchException("There is no model with id " + id + "."));
  }

  /**
   * What the model takes and gives, as recorded at import or training. A model trained in the
   * project before runs recorded it gets it now, read from its own folder, and keeps it.
   */
  public ModelSignature signature(ModelInfo model) {
    ModelSignature recorded = database.models().signature(model.id());
    if (model.runId() == null || !recorded.inputShape().isEmpty() || !recorded.outputShape().isEmpty()) {
      return recorded;
    }
    ModelSignature described = describeTrained(model);
    if (described == null) {
      return recorded;
    }
    database.models().saveSignature(model.id(), described);
    return described;
  }

  /** The signature a tabular or image model folder of a run describes, or null for other models. */
  private ModelSignature describeTrained(ModelInfo model) {
    Path folder = modelFolder(model);
    try {
      if (ImageModel.isImageModel(folder)) {
        return TrainedModelSignatures.image(folder, model.baseModelId() == null ? null
            : database.models().find(model.baseModelId()).map(ModelInfo::name).orElse(null));
      }
      if (Files.isRegularFile(folder.resolve("model.json"))) {
        return TrainedModelSignatures.tabular(folder);
      }
    } catch (WorkbenchException e) {
      // A damaged or missing folder: the model shows as not recorded, and using it says why.
    }
    return null;
  }

  /**
   * Records what a model takes and gives, for example after a run kept a fine-tuned model.
   *
   * @param model the model
   * @param signature its inputs, outputs, labels and files
   */
  public void recordSignature(ModelInfo model, ModelSignature signature) {
    database.models().saveSignature(model.id(), signature);
  }

  /** The model's folder inside the project, absolute. */
  public Path modelFolder(ModelInfo model) {
    return database.artifacts().resolve(model.path());
  }

  /**
   * The model's main file: for TorchScript the stored {@code .pt}, for a folder model (DJL or
   * TensorFlow) the folder itself.
   *
   * @throws WorkbenchException when the files are missing from the project
   */
  public Path modelFile(ModelInfo model) {
    Path folder = modelFolder(model);
    String file = signature(model).modelFile();
    Path path = file == null ? folder : folder.resolve(file).normalize();
    if (!path.startsWith(folder) || !Files.exists(path)) {
      throw new WorkbenchException("The files of model '" + model.name() + "' are missing from the project ("
          + path + "). Import the model again.");
    }
    return path;
  }

  /** The chain of base models, nearest first: the model it was fine-tuned from, that model's base, and so on. */
  public List<ModelInfo> ancestors(ModelInfo model) {
    List<ModelInfo> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    seen.add(model.id());
    Long next = model.baseModelId();
    while (next != null && seen.add(next)) {
      ModelInfo base = find(next);
      out.add(base);
      next = base.baseModelId();
    }
    return out;
  }

  /** The models fine-tuned directly from this one. */
  public List<ModelInfo> derived(ModelInfo model) {
    return database.models().derivedFrom(model.id());
  }

  /** Every stored evaluation of the model, oldest first. */
  public List<EvaluationInfo> evaluations(ModelInfo model) {
    return database.evaluations().forModel(model.id());
  }
}
