package org.modelworkbench.app.desktop.support;

import java.util.List;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.ImageOptions;
import org.modelworkbench.services.training.SavedModelOptions;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * Runs made through the services and stopped the way quitting the window stops them
 * ({@link CancellationToken#stopForShutdown()}): interrupted after some epochs, with a checkpoint
 * to resume from.
 */
public final class InterruptedRuns {
  private InterruptedRuns() {}

  /**
   * Settings of a short run that never stops early (patience = epochs), so a resumed run trains
   * every epoch that is left.
   *
   * @param baseModel the project model to start from, or null to train from scratch
   */
  public static TrainingSettings settings(String target, ModelKind kind, int epochs, int batchSize,
      double learningRate, String baseModel) {
    TrainingSettings d = TrainingSettings.defaults(target, kind);
    return new TrainingSettings(target, null, kind, epochs, batchSize, learningRate, 7L, "cpu", 0, baseModel,
        d.hiddenUnits(), epochs, d.validationFraction(), d.testFraction(), List.of());
  }

  /** A request on the dataset with the SavedModel strategy given (or null for the defaults). */
  public static TrainRequest request(DatasetInfo dataset, TrainingSettings settings, String savedModelStrategy) {
    return new TrainRequest(dataset, settings, ImageOptions.defaults(),
        savedModelStrategy == null ? null : new SavedModelOptions(savedModelStrategy, null), false);
  }

  /** Trains the request and stops it, as closing the app does, once {@code epochs} epochs have ended. */
  public static RunInfo stopAfter(Workbench workbench, TrainRequest request, int epochs) {
    CancellationToken token = CancellationToken.none();
    TrainingObserver closeAfter = new TrainingObserver() {
      @Override
      public void epoch(long runId, EpochMetrics epoch, int maxEpochs) {
        if (epoch.epoch() >= epochs) {
          token.stopForShutdown();
        }
      }
    };
    return workbench.training().train(request, closeAfter, token);
  }
}
