package org.modelworkbench.app.desktop.support;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.library.ModelImportRequest;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/** Image projects made through the services for the window tests: digit pictures and a TorchScript model. */
public final class ImageProjects {
  /** The ml module's test fixtures (tests run in the app module's folder). */
  public static final Path RESOURCES = Path.of("../modules/ml/src/test/resources").toAbsolutePath().normalize();

  private ImageProjects() {}

  /** Imports a folder of class sub-folders as an image dataset. */
  public static DatasetInfo importImages(Workbench workbench, Path folder, String name) {
    return workbench.imports().importFile(folder, ImportRequest.of(name, false), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  /** Imports the 8×8 digits TorchScript classifier with its labels. */
  public static void importDigitsCnn(Workbench workbench) {
    workbench.modelImports().importModel(RESOURCES.resolve("models/digits_cnn.pt"),
        new ModelImportRequest(null, RESOURCES.resolve("models/digits_labels.txt"), null));
  }

  /**
   * Trains a small CNN on the digits and cancels it once {@code epochsBeforeCancel} epochs ended, so
   * it is kept as cancelled with a checkpoint to resume from.
   */
  public static RunInfo cancelledCnnRun(Workbench workbench, DatasetInfo digits, int epochs, int epochsBeforeCancel) {
    TrainingSettings defaults = TrainingSettings.defaults("class", ModelKind.CNN);
    TrainingSettings settings = new TrainingSettings("class", null, ModelKind.CNN, epochs, 32, 0.003, 7L, "cpu", 0,
        null, List.of(), epochs, defaults.validationFraction(), defaults.testFraction(), List.of());
    CancellationToken token = CancellationToken.none();
    TrainingObserver cancelAfter = new TrainingObserver() {
      @Override
      public void epoch(long runId, EpochMetrics epoch, int maxEpochs) {
        if (epoch.epoch() >= epochsBeforeCancel) {
          token.cancel();
        }
      }
    };
    return workbench.training().train(TrainRequest.of(digits, settings), cancelAfter, token);
  }
}
