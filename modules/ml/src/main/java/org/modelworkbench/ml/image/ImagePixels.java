package org.modelworkbench.ml.image;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.modality.cv.util.NDImageUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.imaging.Pictures;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.WorkbenchException;

/**
 * Turns image files into network inputs: decoded upright and in true colours by {@link Pictures}
 * (as at import and in the window), converted to grey or RGB, resized to the
 * shape, scaled to [0, 1], normalised per channel as the network expects, and laid out
 * channel-first.
 */
final class ImagePixels {
  private ImagePixels() {}

  /**
   * Loads every file.
   *
   * @param manager parent of the short-lived arrays
   * @param files image files
   * @param shape target shape
   * @param normalization applied after scaling to [0, 1]
   * @return one array of {@code shape.size()} values per file
   * @throws WorkbenchException naming a file that cannot be read as an image
   */
  static float[][] load(NDManager manager, List<Path> files, ImageShape shape,
      ImageNormalization normalization) {
    normalization.requireChannels(shape.channels());
    float[][] out = new float[files.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = load(manager, files.get(i), shape);
      normalization.apply(out[i], shape.channels());
    }
    return out;
  }

  private static float[] load(NDManager manager, Path file, ImageShape shape) {
    Image image;
    try {
      // Not DJL's fromFile: it ignores the EXIF orientation, so a phone photo would train sideways.
      image = ImageFactory.getInstance().fromImage(Pictures.upright(file));
    } catch (IOException | RuntimeException e) {
      throw new WorkbenchException("The image '" + file + "' cannot be read: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
    try (NDManager scope = manager.newSubManager()) {
      Image.Flag flag = shape.channels() == 1 ? Image.Flag.GRAYSCALE : Image.Flag.COLOR;
      NDArray pixels = image.toNDArray(scope, flag).toType(DataType.FLOAT32, false);
      if (pixels.getShape().get(0) != shape.height() || pixels.getShape().get(1) != shape.width()) {
        pixels = NDImageUtils.resize(pixels, shape.width(), shape.height());
      }
      return pixels.div(255f).transpose(2, 0, 1).toFloatArray();
    }
  }
}
