package org.modelworkbench.services.training;

import java.util.Objects;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.TrainingSettings;

/**
 * Everything one training run is asked to do: the only argument of
 * {@link org.modelworkbench.services.training.TrainingService#train}. Each route reads the options it takes
 * (see {@link RouteOption}) and ignores the others.
 *
 * @param dataset the dataset version to train on
 * @param settings the settings, including the base model to start from (or none)
 * @param image the image route's options: freeze epochs and augmentation; null for the defaults
 * @param savedModel the SavedModel routes' options: strategy and feature signature; null for the
 *     defaults (chosen from the model's signatures)
 * @param text the text routes' options: maximum token length and head; null for the defaults
 * @param strict when true, serious data-quality findings refuse the run, and a GPU request on a
 *     machine without one fails instead of falling back to the CPU
 */
public record TrainRequest(DatasetInfo dataset, TrainingSettings settings, ImageOptions image,
    SavedModelOptions savedModel, TextOptions text, boolean strict) {

  /** Requires the dataset and settings; missing options become the defaults. */
  public TrainRequest {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(settings, "settings");
    image = image == null ? ImageOptions.defaults() : image;
    savedModel = savedModel == null ? SavedModelOptions.defaults() : savedModel;
    text = text == null ? TextOptions.defaults() : text;
  }

  /** A request without text options (the defaults). */
  public TrainRequest(DatasetInfo dataset, TrainingSettings settings, ImageOptions image,
      SavedModelOptions savedModel, boolean strict) {
    this(dataset, settings, image, savedModel, null, strict);
  }

  /**
   * How a pretrained base is trained, {@code head} or {@code full}, for a SavedModel or a text
   * encoder alike; null when not given.
   */
  public String strategy() {
    return savedModel.strategy();
  }

  /** A request with every route's default options, not strict. */
  public static TrainRequest of(DatasetInfo dataset, TrainingSettings settings) {
    return new TrainRequest(dataset, settings, null, null, null, false);
  }

  /** The base model's name (a project model, or a TorchScript file's path), or null to train from scratch. */
  public String baseModel() {
    String base = settings.baseModel();
    return base == null || base.isBlank() ? null : base;
  }
}
