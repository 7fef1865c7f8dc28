package org.modelworkbench.ml.image;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.TrainingSettings;

/**
 * What to train on images. When the checkpoint folder already holds a checkpoint, training
 * continues from it (the settings of the checkpoint win over {@code freezeEpochs} and
 * {@code augment}).
 *
 * @param trainFiles training images
 * @param trainLabels their classes
 * @param validationFiles validation images
 * @param validationLabels their classes
 * @param shape input shape for a network from scratch (ignored when fine-tuning: the base
 *     model's input is used)
 * @param settings epochs, batch size, learning rate, seed, patience, device, threads
 * @param basePt a TorchScript file to fine-tune, or null to train a residual network from scratch
 * @param freezeEpochs head-only epochs first when fine-tuning, at ten times the learning rate;
 *     afterwards everything trains at the learning rate
 * @param augment light random flips and shifts of the training images
 * @param modelDir where the best epoch's model is saved
 * @param checkpointDir where a checkpoint is written after every epoch
 * @param normalization how the base model expects pixels after scaling to [0, 1] (kept with the
 *     model, so its predictions normalise alike); {@link ImageNormalization#NONE} from scratch
 */
public record ImageTrainingRequest(
    List<Path> trainFiles,
    List<String> trainLabels,
    List<Path> validationFiles,
    List<String> validationLabels,
    ImageShape shape,
    TrainingSettings settings,
    Path basePt,
    int freezeEpochs,
    boolean augment,
    Path modelDir,
    Path checkpointDir,
    ImageNormalization normalization) {

  /** Copies the lists; a null normalisation is none. */
  public ImageTrainingRequest {
    normalization = normalization == null ? ImageNormalization.NONE : normalization;
    trainFiles = List.copyOf(trainFiles);
    trainLabels = List.copyOf(trainLabels);
    validationFiles = List.copyOf(validationFiles);
    validationLabels = List.copyOf(validationLabels);
  }
}
