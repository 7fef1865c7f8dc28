package org.modelworkbench.ml.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.training.OutOfMemoryRetry;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.WorkbenchException;

/**
 * Trains an image classifier: a small residual network from scratch, or a TorchScript backbone
 * with a new head. Writes a checkpoint after every epoch and keeps the epoch with the lowest
 * validation loss in the model folder. When the checkpoint folder already holds a checkpoint,
 * training continues from it; when the GPU runs out of memory, training continues from the last
 * checkpoint with half the batch size.
 */
public final class ImageTrainer {
  /** Creates a trainer; it holds no state between runs. */
  public ImageTrainer() {}

  /** Whether a run's checkpoint folder holds a checkpoint to continue from. */
  public static boolean hasCheckpoint(Path checkpointDir) {
    return Checkpoints.latest(checkpointDir).isPresent();
  }

  /**
   * Trains, or continues training from the latest checkpoint.
   *
   * @param request images, labels, settings and folders
   * @param listener receives the device, each new epoch, each batch and notices
   * @param cancel checked before every batch; the last finished epoch's checkpoint stays
   * @return the whole curve (including epochs before a resume), the best epoch and whether the
   *     run was cancelled
   * @throws WorkbenchException for images that cannot be read, a base model that cannot be
   *     fine-tuned, or folders that cannot be written
   */
  public TrainingOutcome train(ImageTrainingRequest request, TrainingListener listener,
      CancellationToken cancel) {
    validate(request);
    EngineSetup.engine(request.settings().threads())
        .setRandomSeed(Long.hashCode(request.settings().seed()));
    DeviceInfo[] device = {Devices.resolve(request.settings().device(), false)};
    Map<String, String> versions = EngineSetup.versions();
    listener.onStart(device[0], versions);
    List<String> labels = labels(request);
    PixelCache pixels = new PixelCache(request);
    int batchSize = Checkpoints.latest(request.checkpointDir())
        .map(p -> Checkpoints.state(p).batchSize()).orElse(request.settings().batchSize());
    long start = System.nanoTime();
    return OutOfMemoryRetry.run(batchSize,
        size -> new ImageEpochs(request, labels, pixels, device[0], versions, listener, cancel, size, start).run(),
        (from, to) -> {
          String note = "The GPU ran out of memory with batch size " + from
              + "; training continued from the last checkpoint with batch size " + to + ".";
          listener.onNotice(note);
          DeviceInfo d = device[0];
          device[0] = new DeviceInfo(d.requested(), d.id(), d.name(), d.memoryBytes(),
              d.note() == null ? note : d.note() + " " + note);
          listener.onStart(device[0], versions);
        });
  }

  private static void validate(ImageTrainingRequest request) {
    Objects.requireNonNull(request.settings(), "settings");
    Objects.requireNonNull(request.modelDir(), "modelDir");
    Objects.requireNonNull(request.checkpointDir(), "checkpointDir");
    Objects.requireNonNull(request.shape(), "shape");
    if (request.trainFiles().size() != request.trainLabels().size()
        || request.validationFiles().size() != request.validationLabels().size()) {
      throw new IllegalArgumentException("Each image needs exactly one label");
    }
    if (request.trainFiles().isEmpty() || request.validationFiles().isEmpty()) {
      throw new WorkbenchException("Training needs images in both the training and the validation split;"
          + " add images or use a larger validation share.");
    }
  }

  private static List<String> labels(ImageTrainingRequest request) {
    TreeSet<String> labels = new TreeSet<>(request.trainLabels());
    labels.addAll(request.validationLabels());
    if (labels.size() < 2) {
      throw new WorkbenchException("The images have only one class; a classifier needs at least two.");
    }
    return new ArrayList<>(labels);
  }
}
