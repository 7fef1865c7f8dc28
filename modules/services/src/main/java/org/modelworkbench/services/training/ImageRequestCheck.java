package org.modelworkbench.services.training;

import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.DatasetService;

/** The checks of a run on a folder of pictures: a target with two classes or more, classified. */
final class ImageRequestCheck {
  private ImageRequestCheck() {}

  /**
   * Checks the settings against an image dataset.
   *
   * @throws WorkbenchException with a plain message when something does not fit
   */
  static void check(DatasetInfo dataset, TrainingSettings settings) {
    String target = settings.target();
    if (target == null || target.isBlank()) {
      throw new WorkbenchException("Pick a target column: the column the model should predict.");
    }
    DatasetService.requireColumn(dataset, target);
    if (settings.task() == Task.REGRESSION) {
      throw new WorkbenchException("Image datasets are classified; regression on images is not supported.");
    }
    if (settings.modelKind() != ModelKind.CNN && (settings.baseModel() == null || settings.baseModel().isBlank())) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' holds images: train it with --model cnn"
          + " (a network from scratch) or --base MODEL (fine-tune a TorchScript model).");
    }
    if (dataset.column(target).orElseThrow().distinct() < 2) {
      throw new WorkbenchException("The target '" + target + "' has only one class; a classifier needs at least two.");
    }
  }
}
