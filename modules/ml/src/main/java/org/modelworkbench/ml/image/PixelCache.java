package org.modelworkbench.ml.image;

import ai.djl.ndarray.NDManager;
import org.modelworkbench.ml.EngineSetup;

/** Decodes a request's images once per input shape, so a retry does not read the files again. */
final class PixelCache {
  private final ImageTrainingRequest request;
  private ImageShape shape;
  private float[][] train;
  private float[][] validation;

  PixelCache(ImageTrainingRequest request) {
    this.request = request;
  }

  /** The training images at this shape. */
  float[][] train(ImageShape wanted) {
    load(wanted);
    return train;
  }

  /** The validation images at this shape. */
  float[][] validation(ImageShape wanted) {
    load(wanted);
    return validation;
  }

  private void load(ImageShape wanted) {
    if (wanted.equals(shape)) {
      return;
    }
    try (NDManager manager = NDManager.newBaseManager(EngineSetup.ENGINE_NAME)) {
      train = ImagePixels.load(manager, request.trainFiles(), wanted);
      validation = ImagePixels.load(manager, request.validationFiles(), wanted);
    }
    shape = wanted;
  }
}
