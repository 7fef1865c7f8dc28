package org.modelworkbench.ml.image;

import ai.djl.Device;
import ai.djl.training.ParameterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.EngineSetup;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/** A saved image classifier, loaded for prediction on the CPU. Close it to free its memory. */
public final class ImageModel implements AutoCloseable {
  private final ImageManifest manifest;
  private final ImageNetwork network;
  private final ParameterStore parameters;

  private ImageModel(ImageManifest manifest, ImageNetwork network) {
    this.manifest = manifest;
    this.network = network;
    this.parameters = new ParameterStore(network.model().getNDManager(), false);
  }

  /** Whether a folder holds an image model (rather than a tabular one). */
  public static boolean isImageModel(Path dir) {
    return Files.isRegularFile(dir.resolve(ImageFiles.MANIFEST));
  }

  /**
   * Loads a model folder written by {@link ImageTrainer}.
   *
   * @throws WorkbenchException if the folder holds no readable image model
   */
  public static ImageModel load(Path dir) {
    EngineSetup.engine();
    ImageManifest manifest = ImageFiles.readManifest(dir);
    return new ImageModel(manifest, ImageNetwork.load(dir, manifest, Device.cpu()));
  }

  /**
   * Predicts the class of every image.
   *
   * @param files image files
   * @return class probabilities and predicted labels, one row per file
   * @throws WorkbenchException naming a file that cannot be read
   */
  public synchronized Predictions predict(List<Path> files) {
    int k = manifest.labels().size();
    float[][] images = ImagePixels.load(network.model().getNDManager(), files, manifest.shape(),
        manifest.imageNormalization());
    float[] logits = ImageBatches.outputs(network.model().getNDManager(),
        x -> network.model().getBlock().forward(parameters, x, false), images, manifest.shape(), k);
    double[][] probabilities = new double[files.size()][];
    String[] labels = new String[files.size()];
    for (int r = 0; r < files.size(); r++) {
      probabilities[r] = ImageBatches.softmax(logits, r * k, k);
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (probabilities[r][j] > probabilities[r][best]) {
          best = j;
        }
      }
      labels[r] = manifest.labels().get(best);
    }
    return new Predictions(Task.CLASSIFICATION, manifest.labels(), labels, probabilities, null);
  }

  /** Class labels in probability column order. */
  public List<String> classLabels() {
    return manifest.labels();
  }

  /** The input shape images are resized to, for example {@code 1x8x8}. */
  public String inputShape() {
    return manifest.shape().toString();
  }

  /** How pixels become input values after scaling to [0, 1]. */
  public ImageNormalization normalization() {
    return manifest.imageNormalization();
  }

  /** Whether the model is a fine-tuned TorchScript backbone (else a network from scratch). */
  public boolean fineTuned() {
    return manifest.fineTuned();
  }

  @Override
  public void close() {
    network.close();
  }
}
