package org.modelworkbench.ml.library;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.modality.cv.util.NDImageUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.nio.file.Path;
import org.modelworkbench.imaging.Pictures;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.WorkbenchException;

/**
 * Turns image files into a network's input: decoded upright and in true colours by {@link Pictures}
 * (as at import and in the window), converted to grey or RGB as the network
 * wants, resized to its height and width, scaled to [0, 1], normalised per channel when the model
 * asks for it, and laid out channels first.
 */
public final class ImageTensors {
  private ImageTensors() {}

  /**
   * Reads images for a network with input {@code shape} = channels, height, width.
   *
   * @param files the images
   * @param shape channels (1 or 3), height and width
   * @return one flattened channels-first array per image
   * @throws WorkbenchException naming the image that cannot be read
   */
  public static float[][] load(Path[] files, long[] shape) {
    return load(files, shape, ImageNormalization.NONE);
  }

  /**
   * Reads images for a network with input {@code shape} = channels, height, width, normalised
   * the way the network was trained.
   *
   * @param files the images
   * @param shape channels (1 or 3), height and width
   * @param normalization applied after scaling to [0, 1]
   * @return one flattened channels-first array per image
   * @throws WorkbenchException naming the image that cannot be read, or when the normalisation
   *     does not fit the channels
   */
  public static float[][] load(Path[] files, long[] shape, ImageNormalization normalization) {
    if (shape.length != 3 || (shape[0] != 1 && shape[0] != 3)) {
      throw new WorkbenchException("The model's input " + Shapes.text(shape) + " is not an image of 1 or 3 "
          + "channels, height and width.");
    }
    normalization.requireChannels(shape[0]);
    Image.Flag flag = shape[0] == 1 ? Image.Flag.GRAYSCALE : Image.Flag.COLOR;
    int height = (int) shape[1];
    int width = (int) shape[2];
    EngineSetup.engine();
    float[][] out = new float[files.length][];
    try (NDManager manager = NDManager.newBaseManager(EngineSetup.ENGINE_NAME)) {
      for (int i = 0; i < files.length; i++) {
        try (NDManager perImage = manager.newSubManager()) {
          Image image;
          try {
            // Not DJL's fromFile: it ignores the EXIF orientation, so a phone photo would be fed sideways.
            image = ImageFactory.getInstance().fromImage(Pictures.upright(files[i]));
          } catch (IOException | RuntimeException e) {
            throw new WorkbenchException("The image " + files[i].getFileName() + " cannot be read ("
                + e.getMessage() + ").", e);
          }
          NDArray pixels = image.toNDArray(perImage, flag).toType(DataType.FLOAT32, false);
          if (pixels.getShape().get(0) != height || pixels.getShape().get(1) != width) {
            pixels = NDImageUtils.resize(pixels, width, height);
          }
          out[i] = pixels.div(255f).transpose(2, 0, 1).toFloatArray();
          normalization.apply(out[i], (int) shape[0]);
        }
      }
    }
    return out;
  }
}
