package org.modelworkbench.ml.image;

import ai.djl.ndarray.NDManager;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.ImageNormalization;

/**
 * Decodes a request's images once per input shape and normalisation, so a retry does not read
 * the files again.
 */
final class PixelCache {
  private final ImageTrainingRequest request;
  private ImageShape shape;
  private ImageNormalization normalization;
  private float[][] train;
  private float[][] validation;

  PixelCache(ImageTrainingRequest request) {
    this.request = request;
  }

  /** The training images at this shape and normalisation. */
  float[][] train(ImageShape wanted, ImageNormalization wantedNormalization) {
    load(wanted, wantedNormalization);
    return train;
  }

  /** The validation images at this shape and normalisation. */
  float[][] validation(ImageShape wanted, ImageNormalization wantedNormalization) {
    load(wanted, wantedNormalization);
    return validation;
  }

  private void load(ImageShape wanted, ImageNormalization wantedNormalization) {
    if (wanted.equals(shape) && wantedNormalization.equals(normalization)) {
      return;
    }
    try (NDManager manager = NDManager.newBaseManager(EngineSetup.ENGINE_NAME)) {
      train = ImagePixels.load(manager, request.trainFiles(), wanted, wantedNormalization);
      validation = ImagePixels.load(manager, request.validationFiles(), wanted, wantedNormalization);
    }
    shape = wanted;
    normalization = wantedNormalization;
  }
}
