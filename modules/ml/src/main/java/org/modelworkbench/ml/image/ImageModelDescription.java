package org.modelworkbench.ml.image;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.WorkbenchException;

/**
 * What a saved image model folder says about itself in its manifest, read without loading the
 * network.
 *
 * @param fineTuned whether it is a TorchScript backbone with a new head (else a network from scratch)
 * @param labels class labels in output order
 * @param shape the input shape images are resized to
 * @param normalization how pixels become input values after scaling to [0, 1]
 */
public record ImageModelDescription(boolean fineTuned, List<String> labels, ImageShape shape,
    ImageNormalization normalization) {

  /** Copies the labels. */
  public ImageModelDescription {
    labels = List.copyOf(labels);
  }

  /**
   * Reads a model folder's manifest.
   *
   * @throws WorkbenchException when the folder holds no readable image model
   */
  public static ImageModelDescription read(Path modelDir) {
    ImageManifest manifest = ImageFiles.readManifest(modelDir);
    return new ImageModelDescription(manifest.fineTuned(), manifest.labels(), manifest.shape(),
        manifest.imageNormalization());
  }
}
