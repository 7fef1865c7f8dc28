package org.modelworkbench.services.training;

import java.util.Map;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.store.ProjectDatabase;

/** Stores a run's device and each epoch as it ends, and forwards progress to the observer. */
final class RunEpochRecorder implements TrainingListener {
  private final ProjectDatabase database;
  private final long runId;
  private final int maxEpochs;
  private final TrainingObserver observer;

  RunEpochRecorder(ProjectDatabase database, long runId, int maxEpochs, TrainingObserver observer) {
    this.database = database;
    this.runId = runId;
    this.maxEpochs = maxEpochs;
    this.observer = observer;
  }

  @Override
  public void onStart(DeviceInfo device, Map<String, String> versions) {
    database.runs().updateDevice(runId, device, versions);
  }

  @Override
  public void onEpoch(EpochMetrics epoch) {
    database.runs().addEpoch(runId, epoch);
    observer.epoch(runId, epoch, maxEpochs);
  }

  @Override
  public void onBatch(int epoch, int batch, int batchCount) {
    observer.batch(runId, epoch, batch, batchCount, maxEpochs);
  }

  @Override
  public void onNotice(String message) {
    observer.notice(message);
  }
}
